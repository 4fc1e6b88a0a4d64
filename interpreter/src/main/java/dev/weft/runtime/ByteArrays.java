// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.Arrays;

/** Item and slice assignment and deletion for bytearray. */
public final class ByteArrays {
    private ByteArrays() {}

    /** A value that may be stored as one byte: an int in range(256). */
    public static byte byteValue(Fiber t, Object v) {
        long x = Protocols.index(t, v);
        if (x < 0 || x > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (byte) x;
    }

    /** The bytes of a slice assignment's value: bytes-like, or an iterable of ints. */
    public static byte[] bytesOf(Fiber t, Object v) {
        if (ValueInstance.unwrap(v) instanceof WeftBytes b) {
            return b.data().clone();
        }
        if (v instanceof String) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in"
                    + " range(0, 256)");
        }
        Object[] items = Iter.toArray(t, v);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = byteValue(t, items[i]);
        }
        return out;
    }

    public static void set(Fiber t, WeftBytes b, Object key, Object value) {
        if (key instanceof WeftSlice s) {
            assignSlice(t, b, s, value);
            return;
        }
        if (!Protocols.isIndex(key)) {
            throw Sequences.badIndex("bytearray", key);
        }
        long i = Sequences.position(t, key, b.length());
        if (i < 0) {
            throw Errors.indexError("bytearray index out of range");
        }
        b.data()[(int) i] = byteValue(t, value);
    }

    private static void assignSlice(Fiber t, WeftBytes b, WeftSlice s, Object value) {
        byte[] items = bytesOf(t, value);
        long[] ix = s.indices(t, b.length());
        byte[] data = b.data();
        if (ix[2] == 1) {
            int from = (int) ix[0];
            int to = (int) Math.max(ix[0], ix[1]);
            byte[] out = new byte[data.length - (to - from) + items.length];
            System.arraycopy(data, 0, out, 0, from);
            System.arraycopy(items, 0, out, from, items.length);
            System.arraycopy(data, to, out, from + items.length, data.length - to);
            b.setData(out);
            return;
        }
        if (items.length == 0) {
            delete(t, b, s); // unlike list, bytearray treats an empty value as deletion
            return;
        }
        if (items.length != ix[3]) {
            throw Errors.valueError("attempt to assign bytes of size " + items.length
                    + " to extended slice of size " + ix[3]);
        }
        for (int k = 0; k < items.length; k++) {
            data[(int) (ix[0] + k * ix[2])] = items[k];
        }
    }

    public static void delete(Fiber t, WeftBytes b, Object key) {
        byte[] data = b.data();
        if (key instanceof WeftSlice s) {
            long[] ix = s.indices(t, data.length);
            boolean[] drop = new boolean[data.length];
            for (long k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                drop[(int) i] = true;
            }
            byte[] keep = new byte[data.length - (int) ix[3]];
            for (int i = 0, j = 0; i < data.length; i++) {
                if (!drop[i]) {
                    keep[j++] = data[i];
                }
            }
            b.setData(keep);
            return;
        }
        if (!Protocols.isIndex(key)) {
            throw Sequences.badIndex("bytearray", key);
        }
        long i = Sequences.position(t, key, data.length);
        if (i < 0) {
            throw Errors.indexError("bytearray index out of range");
        }
        byte[] out = Arrays.copyOf(data, data.length - 1);
        System.arraycopy(data, (int) i + 1, out, (int) i, data.length - (int) i - 1);
        b.setData(out);
    }
}
