// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

/** How a name is stored in one scope, and where. */
public record Symbol(Kind kind, int slot) {

    /** The storage classes of a name. */
    public enum Kind {
        /** A plain local in a frame slot. */
        LOCAL,
        /** A local captured by a nested function: its slot holds a cell. */
        CELL,
        /** A variable of an enclosing function: its slot holds that function's cell. */
        FREE,
        /** A module global (declared, implicit, or any name at module level). */
        GLOBAL,
        /** A class-body name: lives in the class namespace dict. */
        NAME,
        /** Used in a class body, bound in an enclosing function: namespace dict, then cell. */
        CLASS_FREE
    }

    public boolean inSlot() {
        return kind == Kind.LOCAL || kind == Kind.CELL || kind == Kind.FREE
                || kind == Kind.CLASS_FREE;
    }
}
