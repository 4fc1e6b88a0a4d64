// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftSet;
import dev.weft.runtime.WeftType;

/** Iterates a set's elements; resizing it meanwhile is an error. */
public final class SetIterator extends WeftIterator {
    static final WeftType TYPE = Iterators.type("set_iterator");

    private final WeftSet set;
    private final int size;
    private int entry;

    public SetIterator(WeftSet set) {
        this.set = set;
        this.size = set.size();
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Object next(Fiber t) {
        if (set.size() != size) {
            entry = Integer.MAX_VALUE;
            throw Errors.runtimeError("Set changed size during iteration");
        }
        while (entry < set.slotCount()) {
            Object k = set.slotKey(entry++);
            if (k != null) {
                return k;
            }
        }
        return null;
    }
}
