// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** An instance of a class defined by a script (deriving, in the end, from {@code object}). */
public class WeftInstance implements WeftObject, HasDict {
    private WeftType type;
    private final WeftDict dict = new WeftDict();

    public WeftInstance(WeftType type) {
        this.type = type;
    }

    @Override
    public WeftType type() {
        return type;
    }

    /** {@code obj.__class__ = other}: the caller has checked the layouts agree. */
    void changeType(WeftType other) {
        this.type = other;
    }

    @Override
    public WeftDict dict() {
        return dict;
    }
}
