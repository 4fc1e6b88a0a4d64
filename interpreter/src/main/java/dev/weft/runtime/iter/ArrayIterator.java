// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftType;

/** Iterates a fixed array (a tuple's items, a snapshot). */
public final class ArrayIterator extends WeftIterator {
    public static final WeftType TUPLE = Iterators.type("tuple_iterator");

    private final WeftType type;
    private final Object[] items;
    private final int size;
    private int index;

    public ArrayIterator(WeftType type, Object[] items, int size) {
        this.type = type;
        this.items = items;
        this.size = size;
    }

    @Override
    public WeftType type() {
        return type;
    }

    @Override
    public Object next(Fiber t) {
        return index < size ? items[index++] : null;
    }

    @Override
    public int lengthHint() {
        return size - index;
    }
}
