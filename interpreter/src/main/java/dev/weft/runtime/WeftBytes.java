// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.runtime.text.StrRepr;
import java.util.Arrays;

/** Python's immutable bytes, and (with {@link #mutable}) bytearray. */
public final class WeftBytes implements WeftObject {
    private byte[] data;
    private final boolean mutable;

    public WeftBytes(byte[] data) {
        this(data, false);
    }

    public WeftBytes(byte[] data, boolean mutable) {
        this.data = data;
        this.mutable = mutable;
    }

    @Override
    public WeftType type() {
        return mutable ? Types.BYTEARRAY : Types.BYTES;
    }

    public boolean isMutable() {
        return mutable;
    }

    public int length() {
        return data.length;
    }

    /** The byte at {@code i} as 0..255. */
    public int at(int i) {
        return data[i] & 0xff;
    }

    /** The backing array; callers must not modify an immutable one. */
    public byte[] data() {
        return data;
    }

    public void setData(byte[] data) {
        this.data = data;
    }

    public WeftBytes concat(WeftBytes o) {
        byte[] r = Arrays.copyOf(data, data.length + o.data.length);
        System.arraycopy(o.data, 0, r, data.length, o.data.length);
        return new WeftBytes(r, mutable);
    }

    public int compareTo(WeftBytes o) {
        return Arrays.compareUnsigned(data, o.data);
    }

    public String repr() {
        String r = StrRepr.reprBytes(data);
        return mutable ? "bytearray(" + r + ")" : r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeftBytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }
}
