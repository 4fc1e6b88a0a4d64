// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftType;

/** Iterates a list by index, seeing appends made during the loop (as CPython does). */
public final class ListIterator extends WeftIterator {
    static final WeftType TYPE = Iterators.type("list_iterator");

    private WeftList list;
    private int index;

    public ListIterator(WeftList list) {
        this.list = list;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Object next(Fiber t) {
        WeftList l = list;
        if (l == null) {
            return null;
        }
        if (index < l.size()) {
            return l.get(index++);
        }
        list = null;
        return null;
    }

    @Override
    public int lengthHint() {
        return list == null ? 0 : list.size() - index;
    }
}
