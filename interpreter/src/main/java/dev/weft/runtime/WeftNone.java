// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** Python's {@code None}, a singleton. Java {@code null} is never a script value. */
public final class WeftNone implements WeftObject {
    public static final WeftNone NONE = new WeftNone();

    private WeftNone() {}

    @Override
    public WeftType type() {
        return Types.NONE_TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
