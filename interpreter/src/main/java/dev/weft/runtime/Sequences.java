// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.math.BigInteger;
import java.util.Arrays;

/** Indexing, slicing, repetition and search over the builtin sequences. */
public final class Sequences {
    private Sequences() {}

    /** Normalises index {@code key} against {@code length}; -1 when out of range. */
    static long position(Fiber t, Object key, long length) {
        long i = key instanceof Long l ? l : Protocols.index(t, key);
        if (i < 0) {
            i += length;
        }
        return i >= 0 && i < length ? i : -1;
    }

    static WeftError badIndex(String kind, Object key) {
        return Errors.typeError(kind + " indices must be integers or slices, not "
                + Types.name(key));
    }

    public static Object listGet(Fiber t, WeftList l, Object key) {
        if (key instanceof WeftSlice s) {
            return new WeftList(slice(t, l.array(), l.size(), s));
        }
        if (!Protocols.isIndex(key)) {
            throw badIndex("list", key);
        }
        long i = position(t, key, l.size());
        if (i < 0) {
            throw Errors.indexError("list index out of range");
        }
        return l.get((int) i);
    }

    public static Object tupleGet(Fiber t, WeftTuple tu, Object key) {
        if (key instanceof WeftSlice s) {
            Object[] items = slice(t, tu.items(), tu.size(), s);
            // Like CPython, a slice with every item of an exact tuple is that tuple.
            return items.length == tu.size() && tu.exact() && s.indices(t, tu.size())[2] == 1
                    ? tu : WeftTuple.of(items);
        }
        if (!Protocols.isIndex(key)) {
            throw badIndex("tuple", key);
        }
        long i = position(t, key, tu.size());
        if (i < 0) {
            throw Errors.indexError("tuple index out of range");
        }
        return tu.get((int) i);
    }

    public static Object strGet(Fiber t, String s, Object key) {
        if (key instanceof WeftSlice sl) {
            return strSlice(t, s, sl);
        }
        if (!Protocols.isIndex(key)) {
            throw Errors.typeError("string indices must be integers, not '" + Types.name(key)
                    + "'");
        }
        long i = position(t, key, Strings.length(s));
        if (i < 0) {
            throw Errors.indexError("string index out of range");
        }
        return Strings.charAt(s, (int) i);
    }

    private static String strSlice(Fiber t, String s, WeftSlice sl) {
        boolean simple = Strings.isSimple(s);
        int n = simple ? s.length() : s.codePointCount(0, s.length());
        long[] ix = sl.indices(t, n);
        if (ix[2] == 1) {
            return ix[3] == 0 ? "" : Strings.substring(s, (int) ix[0], (int) (ix[0] + ix[3]));
        }
        StringBuilder sb = new StringBuilder((int) ix[3]);
        int[] cps = simple ? null : Strings.codePoints(s);
        for (long k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
            if (simple) {
                sb.append(s.charAt((int) i));
            } else {
                sb.appendCodePoint(cps[(int) i]);
            }
        }
        return sb.toString();
    }

    public static Object rangeGet(Fiber t, WeftRange r, Object key) {
        if (!(key instanceof WeftSlice) && !Protocols.isIndex(key)) {
            throw badIndex("range", key);
        }
        return r.get(t, key);
    }

    public static Object bytesGet(Fiber t, WeftBytes b, Object key) {
        if (key instanceof WeftSlice s) {
            long[] ix = s.indices(t, b.length());
            byte[] out = new byte[(int) ix[3]];
            for (int k = 0; k < out.length; k++) {
                out[k] = b.data()[(int) (ix[0] + k * ix[2])];
            }
            return new WeftBytes(out, b.isMutable());
        }
        if (!Protocols.isIndex(key)) {
            throw badIndex("byte", key);
        }
        long i = position(t, key, b.length());
        if (i < 0) {
            throw Errors.indexError(b.isMutable() ? "bytearray index out of range"
                    : "index out of range");
        }
        return (long) b.at((int) i);
    }

    /** The items a slice selects from {@code a[0..n)}. */
    public static Object[] slice(Fiber t, Object[] a, int n, WeftSlice s) {
        long[] ix = s.indices(t, n);
        if (ix[2] == 1) {
            return Arrays.copyOfRange(a, (int) ix[0], (int) (ix[0] + ix[3]));
        }
        Object[] out = new Object[(int) ix[3]];
        for (int k = 0; k < out.length; k++) {
            out[k] = a[(int) (ix[0] + k * ix[2])];
        }
        return out;
    }

    public static void listSet(Fiber t, WeftList l, Object key, Object value) {
        if (key instanceof WeftSlice s) {
            assignSlice(t, l, s, value);
            return;
        }
        if (!Protocols.isIndex(key)) {
            throw badIndex("list", key);
        }
        long i = position(t, key, l.size());
        if (i < 0) {
            throw Errors.indexError("list assignment index out of range");
        }
        l.set((int) i, value);
    }

    private static void assignSlice(Fiber t, WeftList l, WeftSlice s, Object value) {
        Object[] items;
        try {
            items = value == l ? l.toArray() : Iter.toArray(t, value);
        } catch (WeftError e) {
            if (!e.isInstance(ErrorTypes.TYPE_ERROR) || !isNotIterable(e, value)) {
                throw e;
            }
            throw Errors.typeError("can only assign an iterable");
        }
        long[] ix = s.indices(t, l.size());
        if (ix[2] == 1) {
            long stop = Math.max(ix[0], ix[1]);
            l.replace((int) ix[0], (int) stop, items, items.length);
            return;
        }
        if (items.length != ix[3]) {
            throw Errors.valueError("attempt to assign sequence of size " + items.length
                    + " to extended slice of size " + ix[3]);
        }
        for (int k = 0; k < items.length; k++) {
            l.set((int) (ix[0] + k * ix[2]), items[k]);
        }
    }

    /** True when e is iter()'s own complaint about value (not an error from inside it). */
    private static boolean isNotIterable(WeftError e, Object value) {
        return Errors.notIterable(value).getMessage().equals(e.getMessage());
    }

    public static void listDel(Fiber t, WeftList l, Object key) {
        if (key instanceof WeftSlice s) {
            long[] ix = s.indices(t, l.size());
            if (ix[2] == 1) {
                l.replace((int) ix[0], (int) Math.max(ix[0], ix[1]), new Object[0], 0);
                return;
            }
            boolean[] drop = new boolean[l.size()];
            for (long k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                drop[(int) i] = true;
            }
            Object[] keep = new Object[l.size() - (int) ix[3]];
            for (int i = 0, j = 0; i < l.size(); i++) {
                if (!drop[i]) {
                    keep[j++] = l.get(i);
                }
            }
            l.setContents(keep, keep.length);
            return;
        }
        if (!Protocols.isIndex(key)) {
            throw badIndex("list", key);
        }
        long i = position(t, key, l.size());
        if (i < 0) {
            throw Errors.indexError("list assignment index out of range");
        }
        l.removeAt((int) i);
    }

    public static int indexOf(Fiber t, Object[] a, int n, Object item) {
        for (int i = 0; i < n; i++) {
            if (Compare.eq(t, a[i], item)) {
                return i;
            }
        }
        return -1;
    }

    static boolean bytesContains(Fiber t, WeftBytes b, Object item) {
        if (IntOps.isInt(item)) {
            long v = Protocols.index(t, item);
            if (v < 0 || v > 255) {
                throw Errors.valueError("byte must be in range(0, 256)");
            }
            for (int i = 0; i < b.length(); i++) {
                if (b.at(i) == v) {
                    return true;
                }
            }
            return false;
        }
        if (ValueInstance.unwrap(item) instanceof WeftBytes sub) {
            return indexOfBytes(b.data(), sub.data(), 0) >= 0;
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Types.name(item) + "'");
    }

    public static int indexOfBytes(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code seq * n}. */
    public static Object repeat(Object seq, Object count) {
        if (count instanceof BigInteger b) {
            if (b.signum() <= 0) {
                count = 0L;
            } else {
                throw Errors.overflow("cannot fit 'int' into an index-sized integer");
            }
        }
        long n = Math.max(0, IntOps.small(count));
        if (seq instanceof String s) {
            checkSize((long) s.length() * n);
            return s.repeat((int) n);
        }
        if (seq instanceof WeftList l) {
            return new WeftList(repeatArray(l.array(), l.size(), n));
        }
        if (seq instanceof WeftTuple tu) {
            return WeftTuple.of(repeatArray(tu.items(), tu.size(), n));
        }
        if (seq instanceof WeftBytes b) {
            checkSize((long) b.length() * n);
            byte[] out = new byte[b.length() * (int) n];
            for (int k = 0; k < n; k++) {
                System.arraycopy(b.data(), 0, out, k * b.length(), b.length());
            }
            return new WeftBytes(out, b.isMutable());
        }
        return Singleton.NOT_IMPLEMENTED;
    }

    private static Object[] repeatArray(Object[] a, int size, long n) {
        checkSize(size * n);
        Object[] out = new Object[(int) (size * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(a, 0, out, k * size, size);
        }
        return out;
    }

    private static void checkSize(long n) {
        if (n > Integer.MAX_VALUE - 8) {
            throw Errors.of(ErrorTypes.MEMORY_ERROR, "");
        }
    }

    static void repeatInPlace(WeftList l, Object count) {
        Object r = repeat(l, count);
        Object[] a = ((WeftList) r).toArray();
        l.setContents(a, a.length);
    }

    /** {@code list.extend(iterable)}. */
    public static void extend(Fiber t, WeftList l, Object iterable) {
        if (iterable instanceof WeftList o) {
            l.addAll(o.toArray(), o.size());
            return;
        }
        if (iterable instanceof WeftTuple tu) {
            l.addAll(tu.items(), tu.size());
            return;
        }
        Object it = Iter.iter(t, iterable);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            l.add(v);
        }
    }
}
