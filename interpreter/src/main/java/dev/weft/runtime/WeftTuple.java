// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.util.Arrays;

/** Python's immutable tuple. */
public final class WeftTuple implements WeftObject, HasDict {
    public static final WeftTuple EMPTY = new WeftTuple(new Object[0]);

    private final Object[] items;
    private WeftType type;

    /** Wraps {@code items} without copying: the caller gives up the array. */
    public WeftTuple(Object[] items) {
        this.items = items;
    }

    public static WeftTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new WeftTuple(items);
    }

    @Override
    public WeftType type() {
        return type != null ? type : Types.TUPLE;
    }

    /** Attributes of an instance of a user subclass; null until first set. */
    private WeftDict attrs;

    /** True for an instance of the builtin type itself (not of a user subclass). */
    public boolean exact() {
        return type == null || type.isBuiltin();
    }

    @Override
    public WeftDict dict() {
        if (attrs == null) {
            attrs = new WeftDict();
        }
        return attrs;
    }

    @Override
    public boolean hasInstanceDict() {
        return !exact();
    }

    public void setType(WeftType type) {
        this.type = type;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public Object[] items() {
        return items;
    }

    public Object[] toArray() {
        return items.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
