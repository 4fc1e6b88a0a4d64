// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.ValueInstance;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import java.math.BigInteger;

/** int's and bool's methods: operators, conversions, to_bytes/from_bytes, bit counts. */
final class IntMethods {
    private IntMethods() {}

    private static final Sig TO_BYTES = Sig.of("to_bytes(length=, byteorder=, *, signed=)");
    private static final Sig FROM_BYTES = Sig.of("from_bytes(bytes, byteorder=, *, signed=)");

    static void install() {
        WeftType t = Types.INT;
        int[] ops = {Ops.ADD, Ops.SUB, Ops.MUL, Ops.DIV, Ops.FLOORDIV, Ops.MOD, Ops.POW,
            Ops.LSHIFT, Ops.RSHIFT};
        NumberDunders.operators(t, ops, IntOps::isInt);
        bitwise(t, false);
        NumberDunders.divmod(t, IntOps::isInt);
        NumberDunders.comparisons(t, IntOps::isInt, true);
        NumberDunders.common(t);
        StrDunders.wrap(t, "__invert__", 0, (f, a, k) -> IntOps.invert(a[0]));
        for (String name : new String[] {"__int__", "__index__", "__trunc__", "__floor__",
                "__ceil__"}) {
            StrDunders.wrap(t, name, 0, (f, a, k) -> plain(a[0]));
        }
        StrDunders.wrap(t, "__float__", 0, (f, a, k) -> IntOps.toDouble(a[0]));
        TypeSetup.method(t, "__round__", (f, a, k) -> {
            Args.range("int.__round__", a, k, 0, 1);
            Object nd = Args.opt(a, 1);
            return nd == null || nd == WeftNone.NONE ? plain(a[0])
                    : CoreFunctions.roundInt(plain(a[0]), Protocols.index(f, nd));
        });
        TypeSetup.method(t, "__getnewargs__", (f, a, k) -> WeftTuple.of(plain(a[0])));
        noArgs(t, "conjugate", a -> plain(a));
        noArgs(t, "bit_length", a -> (long) IntOps.big(a).abs().bitLength());
        noArgs(t, "bit_count", a -> (long) IntOps.big(a).abs().bitCount());
        noArgs(t, "as_integer_ratio", a -> WeftTuple.of(plain(a), 1L));
        TypeSetup.method(t, "to_bytes", IntMethods::toBytes);
        TypeSetup.classMethod(t, "from_bytes", IntMethods::fromBytes);
        t.define("real", GetSet.readOnly("real", (f, o) -> plain(ValueInstance.unwrap(o))));
        t.define("imag", GetSet.readOnly("imag", (f, o) -> 0L));
        t.define("numerator", GetSet.readOnly("numerator", (f, o) -> plain(ValueInstance.unwrap(o))));
        t.define("denominator", GetSet.readOnly("denominator", (f, o) -> 1L));
        WeftType b = Types.BOOL;
        bitwise(b, true);
        StrDunders.wrap(b, "__repr__", 0, (f, a, k) -> (Boolean) a[0] ? "True" : "False");
    }

    /** An int value without its bool-ness: {@code int.__int__(True)} is 1. */
    static Object plain(Object o) {
        return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
    }

    interface Unary {
        Object apply(Object self);
    }

    private static void noArgs(WeftType t, String name, Unary fn) {
        String qual = t.name() + "." + name;
        TypeSetup.method(t, name, (f, a, k) -> {
            Args.none(qual, a, k);
            return fn.apply(a[0]);
        });
    }

    /**
     * & | ^ for int, or for bool, where two bools give a bool and anything else falls back to
     * the int result ({@code int.__and__(True, True)} is 1, {@code True & True} is True).
     */
    private static void bitwise(WeftType t, boolean bool) {
        String[] names = {"and", "or", "xor"};
        int[] ops = {Ops.AND, Ops.OR, Ops.XOR};
        for (int i = 0; i < ops.length; i++) {
            int op = ops[i];
            for (boolean reflected : new boolean[] {false, true}) {
                String name = "__" + (reflected ? "r" : "") + names[i] + "__";
                StrDunders.wrap(t, name, 1, (f, a, k) -> {
                    if (!IntOps.isInt(a[1])) {
                        return NOT_IMPLEMENTED;
                    }
                    boolean keep = bool && a[1] instanceof Boolean;
                    Object x = keep ? a[0] : plain(a[0]);
                    Object y = keep ? a[1] : plain(a[1]);
                    return reflected ? Ops.binary(f, op, y, x) : Ops.binary(f, op, x, y);
                });
            }
        }
    }

    private static Object toBytes(Fiber f, Object[] a, String[] k) {
        Object[] b = TO_BYTES.bind(Args.rest(a), k);
        long length = b[0] == null ? 1 : Args.index(f, b[0]);
        boolean little = byteOrder(b[1]);
        boolean signed = b[2] != null && Truth.isTrue(f, b[2]);
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = IntOps.big(a[0]);
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int bits = v.signum() == 0 ? 0 : signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] raw = v.toByteArray(); // big-endian two's complement
        byte pad = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = raw.length - 1 - i;
            out[out.length - 1 - i] = src >= 0 ? raw[src] : pad;
        }
        if (little) {
            reverse(out);
        }
        return new WeftBytes(out);
    }

    private static Object fromBytes(Fiber f, Object[] a, String[] k) {
        Object[] b = FROM_BYTES.bind(Args.rest(a), k);
        byte[] data = bytesOf(f, b[0]).clone();
        if (byteOrder(b[1])) {
            reverse(data);
        }
        boolean signed = b[2] != null && Truth.isTrue(f, b[2]);
        BigInteger v = data.length == 0 ? BigInteger.ZERO
                : signed ? new BigInteger(data) : new BigInteger(1, data);
        Object r = IntOps.norm(v);
        WeftType cls = (WeftType) a[0];
        return cls == Types.BOOL ? (Object) Truth.isTrue(f, r) : r;
    }

    /** The bytes of a bytes-like object or of an iterable of small ints. */
    static byte[] bytesOf(Fiber f, Object o) {
        o = ValueInstance.unwrap(o);
        if (o instanceof WeftBytes wb) {
            return wb.data();
        }
        if (o instanceof String || IntOps.isInt(o)) {
            throw Errors.typeError("cannot convert '" + Types.name(o) + "' object to bytes");
        }
        Object[] items = Iter.toArray(f, o);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Protocols.index(f, items[i]);
            if (v < 0 || v > 255) {
                throw Errors.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /** True for 'little'; 'big' (the default) is false. */
    private static boolean byteOrder(Object o) {
        if (o == null) {
            return false;
        }
        if (!(o instanceof String s)) {
            throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not "
                    + Types.name(o));
        }
        if (s.equals("little")) {
            return true;
        }
        if (s.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte x = b[i];
            b[i] = b[j];
            b[j] = x;
        }
    }
}
