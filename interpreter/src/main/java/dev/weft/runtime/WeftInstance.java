// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** An instance of a class defined by a script (deriving, in the end, from {@code object}). */
public class WeftInstance implements WeftObject, HasDict {
    private final WeftType type;
    private final WeftDict dict = new WeftDict();

    public WeftInstance(WeftType type) {
        this.type = type;
    }

    @Override
    public WeftType type() {
        return type;
    }

    @Override
    public WeftDict dict() {
        return dict;
    }
}
