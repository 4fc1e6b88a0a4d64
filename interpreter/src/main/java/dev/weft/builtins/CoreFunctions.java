// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.Formatting;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Numbers;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.text.FloatRepr;
import dev.weft.runtime.text.IntParse;
import dev.weft.runtime.text.TextError;
import java.math.BigInteger;
import java.util.List;

/** Builtin functions on numbers, strings and the console: print, input, abs, round, chr... */
final class CoreFunctions {
    private CoreFunctions() {}

    private static final Sig PRINT = Sig.of("print(*objects, sep=, end=, file=, flush=)");
    private static final Sig ROUND = Sig.of("round(number, ndigits=)");
    private static final Sig POW = Sig.of("pow(base, exp, mod=)");
    private static final Sig FORMAT = Sig.of("format(value, format_spec=, /)");

    static final List<WeftBuiltin> ALL = List.of(
            WeftBuiltin.function("print", CoreFunctions::print),
            WeftBuiltin.function("input", CoreFunctions::input),
            WeftBuiltin.function("repr", (t, a, k) -> one("repr", a, k, x -> Reprs.repr(t, x))),
            WeftBuiltin.function("ascii", (t, a, k) ->
                    one("ascii", a, k, x -> Formatting.ascii(t, x))),
            WeftBuiltin.function("format", CoreFunctions::format),
            WeftBuiltin.function("abs", (t, a, k) -> one("abs", a, k, x -> Ops.abs(t, x))),
            WeftBuiltin.function("round", CoreFunctions::round),
            WeftBuiltin.function("divmod", CoreFunctions::divmod),
            WeftBuiltin.function("pow", CoreFunctions::pow),
            WeftBuiltin.function("chr", CoreFunctions::chr),
            WeftBuiltin.function("ord", CoreFunctions::ord),
            WeftBuiltin.function("hex", (t, a, k) -> radix("hex", t, a, k, 16)),
            WeftBuiltin.function("oct", (t, a, k) -> radix("oct", t, a, k, 8)),
            WeftBuiltin.function("bin", (t, a, k) -> radix("bin", t, a, k, 2)),
            WeftBuiltin.function("exit", CoreFunctions::exit),
            WeftBuiltin.function("quit", CoreFunctions::exit));

    interface Unary {
        Object apply(Object x);
    }

    static Object one(String name, Object[] a, String[] k, Unary f) {
        Sig.exactly(name, a, k, 1);
        return f.apply(a[0]);
    }

    private static Object print(Fiber t, Object[] args, String[] kw) {
        Object[] b = PRINT.bind(args, kw);
        String sep = textArg(b[1], " ", "sep");
        String end = textArg(b[2], "\n", "end");
        Object[] objects = ((WeftTuple) b[0]).items();
        Object file = b[3] == null ? WeftNone.NONE : b[3];
        if (Streams.isStandard(t, file)) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < objects.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Reprs.str(t, objects[i]));
            }
            Streams.write(t, file, sb.append(end).toString());
        } else {
            // A script's file object sees each piece written on its own, as in CPython.
            for (int i = 0; i < objects.length; i++) {
                if (i > 0) {
                    Streams.write(t, file, sep);
                }
                Streams.write(t, file, Reprs.str(t, objects[i]));
            }
            Streams.write(t, file, end);
        }
        if (b[4] != null && dev.weft.runtime.Truth.isTrue(t, b[4])) {
            Streams.flush(t, file);
        }
        return WeftNone.NONE;
    }

    private static String textArg(Object v, String dflt, String name) {
        if (v == null || v == WeftNone.NONE) {
            return dflt;
        }
        String s = dev.weft.runtime.ValueInstance.str(v);
        if (s != null) {
            return s;
        }
        throw Errors.typeError(name + " must be None or a string, not " + Types.name(v));
    }

    private static Object input(Fiber t, Object[] args, String[] kw) {
        Sig.between("input", args, kw, 0, 1);
        if (args.length == 1) {
            Streams.write(t, WeftNone.NONE, Reprs.str(t, args[0]));
        }
        t.interp.stdout().flush();
        String line = t.interp.readLine();
        if (line == null) {
            throw Errors.of(ErrorTypes.EOF_ERROR, "EOF when reading a line");
        }
        return line;
    }

    private static Object format(Fiber t, Object[] args, String[] kw) {
        Object[] b = FORMAT.bind(args, kw);
        Object spec = b[1] == null ? "" : dev.weft.runtime.ValueInstance.unwrap(b[1]);
        if (!(spec instanceof String s)) {
            throw Errors.typeError("format() argument 2 must be str, not " + Types.name(spec));
        }
        return Formatting.format(t, b[0], s);
    }

    private static Object round(Fiber t, Object[] args, String[] kw) {
        Object[] b = ROUND.bind(args, kw);
        Object x = b[0];
        Object nd = b[1] == null ? WeftNone.NONE : b[1];
        if (x instanceof Double d) {
            try {
                if (nd == WeftNone.NONE) {
                    return Numbers.fromNumber(FloatRepr.roundToInt(d));
                }
                return FloatRepr.round(d, Protocols.index(t, nd));
            } catch (TextError e) {
                throw Formatting.toError(e);
            }
        }
        if (IntOps.isInt(x)) {
            Object v = x instanceof Boolean bool ? (Object) (bool ? 1L : 0L) : x;
            return nd == WeftNone.NONE ? v : roundInt(v, Protocols.index(t, nd));
        }
        WeftType type = Types.of(x);
        Object f = type.isBuiltin() ? null : type.lookup("__round__");
        if (f == null) {
            throw Errors.typeError("type " + type.name() + " doesn't define __round__ method");
        }
        return nd == WeftNone.NONE ? Calls.callDirect(t, f, x) : Calls.callDirect(t, f, x, nd);
    }

    /** round(int, n) for negative n: half-even to a multiple of 10**-n. */
    static Object roundInt(Object x, long n) {
        if (n >= 0) {
            return x;
        }
        if (n < -10000) {
            return 0L;
        }
        BigInteger pow = BigInteger.TEN.pow((int) -n);
        BigInteger v = IntOps.big(x);
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return IntOps.norm(q.multiply(pow));
    }

    private static Object divmod(Fiber t, Object[] args, String[] kw) {
        if (kw != null || args.length != 2) {
            throw Errors.typeError("divmod expected 2 arguments, got " + args.length);
        }
        Object a = args[0];
        Object b = args[1];
        if (FloatOps.isNumber(a) && FloatOps.isNumber(b)) {
            return divmodNumbers(a, b);
        }
        Object f = Types.of(a).lookup("__divmod__");
        if (f != null && !Types.of(a).isBuiltin()) {
            return Calls.callDirect(t, f, a, b);
        }
        Object rf = Types.of(b).lookup("__rdivmod__");
        if (rf != null && !Types.of(b).isBuiltin()) {
            return Calls.callDirect(t, rf, b, a);
        }
        throw Errors.unsupported("divmod()", a, b);
    }

    /** divmod of two ints or floats. */
    static Object divmodNumbers(Object a, Object b) {
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            return WeftTuple.of(IntOps.floorDiv(a, b), IntOps.mod(a, b));
        }
        double y = FloatOps.toDouble(b);
        if (y == 0.0) {
            throw Errors.zeroDivision("float divmod()");
        }
        double[] qr = FloatOps.divmod(FloatOps.toDouble(a), y);
        return WeftTuple.of(qr[0], qr[1]);
    }

    private static Object pow(Fiber t, Object[] args, String[] kw) {
        Object[] b = POW.bind(args, kw);
        if (b[2] == null || b[2] == WeftNone.NONE) {
            return Ops.binary(t, Ops.POW, b[0], b[1]);
        }
        dev.weft.runtime.WeftType type = dev.weft.runtime.Types.of(b[0]);
        Object hook = type.isBuiltin() ? null : type.lookup("__pow__");
        if (hook != null) {
            // A class's __pow__ takes the modulus too (int subclasses reach int.__pow__).
            Object r = dev.weft.runtime.Calls.callDirect(t, hook, b[0], b[1], b[2]);
            if (r != dev.weft.runtime.Singleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return powMod(dev.weft.runtime.ValueInstance.unwrap(b[0]),
                dev.weft.runtime.ValueInstance.unwrap(b[1]),
                dev.weft.runtime.ValueInstance.unwrap(b[2]));
    }

    /** {@code pow(base, exp, mod)}: ints only. */
    static Object powMod(Object base, Object exp, Object mod) {
        if (!IntOps.isInt(base) || !IntOps.isInt(exp) || !IntOps.isInt(mod)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are"
                    + " integers");
        }
        return IntOps.powMod(base, exp, mod);
    }

    private static Object chr(Fiber t, Object[] args, String[] kw) {
        Sig.exactly("chr", args, kw, 1);
        if (args[0] instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long c = Protocols.index(t, args[0]);
        if (c < 0 || c > 0x10FFFF) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return new String(Character.toChars((int) c));
    }

    private static Object ord(Fiber t, Object[] args, String[] kw) {
        Sig.exactly("ord", args, kw, 1);
        Object x = dev.weft.runtime.ValueInstance.unwrap(args[0]);
        if (x instanceof String s) {
            int n = s.codePointCount(0, s.length());
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n
                        + " found");
            }
            return (long) s.codePointAt(0);
        }
        if (x instanceof dev.weft.runtime.WeftBytes b) {
            if (b.length() != 1) {
                throw Errors.typeError("ord() expected a character, but string of length "
                        + b.length() + " found");
            }
            return (long) b.at(0);
        }
        throw Errors.typeError("ord() expected string of length 1, but " + Types.name(x)
                + " found");
    }

    private static Object radix(String name, Fiber t, Object[] args, String[] kw, int base) {
        Sig.exactly(name, args, kw, 1);
        Object x = args[0];
        if (!IntOps.isInt(x)) {
            Protocols.index(t, x);
        }
        Object v = IntOps.isInt(x) ? x : Numbers.fromNumber(BigInteger.valueOf(
                Protocols.index(t, x)));
        Number n = v instanceof Boolean b ? (Number) (b ? 1L : 0L) : (Number) v;
        return IntParse.toString(n, base, true);
    }

    private static Object exit(Fiber t, Object[] args, String[] kw) {
        Object code = args.length > 0 ? args[0] : WeftNone.NONE;
        throw new WeftError(ErrorTypes.SYSTEM_EXIT,
                code == WeftNone.NONE ? WeftTuple.EMPTY : WeftTuple.of(code));
    }
}
