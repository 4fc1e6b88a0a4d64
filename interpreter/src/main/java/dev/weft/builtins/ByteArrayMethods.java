// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ByteArrays;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Sequences;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import java.util.Arrays;

/** bytearray's mutating methods and in-place operators. */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    static void install(WeftType t) {
        TypeSetup.method(t, "append", (f, a, k) -> {
            Args.one("bytearray.append", a, k);
            byte v = ByteArrays.byteValue(f, a[1]);
            byte[] d = data(a);
            byte[] out = Arrays.copyOf(d, d.length + 1);
            out[d.length] = v;
            self(a).setData(out);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "extend", (f, a, k) -> {
            Args.one("bytearray.extend", a, k);
            if (a[1] instanceof String) {
                throw Errors.typeError("expected iterable of integers; got: 'str'");
            }
            append(a, ByteArrays.bytesOf(f, a[1]));
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "insert", (f, a, k) -> {
            Args.range("bytearray.insert", a, k, 2, 2);
            byte[] d = data(a);
            long i = Args.index(f, a[1]);
            i = i < 0 ? Math.max(0, i + d.length) : Math.min(i, d.length);
            byte v = ByteArrays.byteValue(f, a[2]);
            byte[] out = new byte[d.length + 1];
            System.arraycopy(d, 0, out, 0, (int) i);
            out[(int) i] = v;
            System.arraycopy(d, (int) i, out, (int) i + 1, d.length - (int) i);
            self(a).setData(out);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "pop", ByteArrayMethods::pop);
        TypeSetup.method(t, "remove", (f, a, k) -> {
            Args.one("bytearray.remove", a, k);
            int v = ByteArrays.byteValue(f, a[1]) & 0xff;
            byte[] d = data(a);
            for (int i = 0; i < d.length; i++) {
                if ((d[i] & 0xff) == v) {
                    ByteArrays.delete(f, self(a), (long) i);
                    return WeftNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        TypeSetup.method(t, "clear", (f, a, k) -> {
            Args.none("bytearray.clear", a, k);
            self(a).setData(new byte[0]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "copy", (f, a, k) -> {
            Args.none("bytearray.copy", a, k);
            return new WeftBytes(data(a).clone(), true);
        });
        TypeSetup.method(t, "reverse", (f, a, k) -> {
            Args.none("bytearray.reverse", a, k);
            byte[] d = data(a);
            for (int i = 0, j = d.length - 1; i < j; i++, j--) {
                byte x = d[i];
                d[i] = d[j];
                d[j] = x;
            }
            return WeftNone.NONE;
        });
        dunders(t);
    }

    private static void dunders(WeftType t) {
        StrDunders.wrap(t, "__setitem__", 2, (f, a, k) -> {
            ByteArrays.set(f, self(a), a[1], a[2]);
            return WeftNone.NONE;
        });
        StrDunders.wrap(t, "__delitem__", 1, (f, a, k) -> {
            ByteArrays.delete(f, self(a), a[1]);
            return WeftNone.NONE;
        });
        StrDunders.wrap(t, "__iadd__", 1, (f, a, k) -> {
            if (!(a[1] instanceof WeftBytes o)) {
                throw Errors.typeError("can't concat " + Types.name(a[1])
                        + " to bytearray");
            }
            append(a, o.data().clone());
            return a[0];
        });
        StrDunders.wrap(t, "__imul__", 1, (f, a, k) -> {
            Object n = IntOps.isInt(a[1]) ? a[1] : Protocols.index(f, a[1]);
            self(a).setData(((WeftBytes) Sequences.repeat(self(a), n)).data());
            return a[0];
        });
    }

    private static WeftBytes self(Object[] a) {
        return (WeftBytes) a[0];
    }

    private static byte[] data(Object[] a) {
        return self(a).data();
    }

    private static void append(Object[] a, byte[] more) {
        byte[] d = data(a);
        byte[] out = Arrays.copyOf(d, d.length + more.length);
        System.arraycopy(more, 0, out, d.length, more.length);
        self(a).setData(out);
    }

    private static Object pop(Fiber f, Object[] a, String[] k) {
        Args.range("bytearray.pop", a, k, 0, 1);
        byte[] d = data(a);
        if (d.length == 0) {
            throw Errors.indexError("pop from empty bytearray");
        }
        long i = a.length > 1 ? Args.index(f, a[1]) : d.length - 1;
        if (i < 0) {
            i += d.length;
        }
        if (i < 0 || i >= d.length) {
            throw Errors.indexError("pop index out of range");
        }
        long v = d[(int) i] & 0xff;
        ByteArrays.delete(f, self(a), i);
        return v;
    }
}
