// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** Iterates a dict's keys, values or items in insertion order; resizing it is an error. */
public final class DictIterator extends WeftIterator {
    public static final int KEYS = 0;
    public static final int VALUES = 1;
    public static final int ITEMS = 2;
    private static final WeftType[] TYPES = {
        Iterators.type("dict_keyiterator"), Iterators.type("dict_valueiterator"),
        Iterators.type("dict_itemiterator")};

    private final WeftDict dict;
    private final int kind;
    private final int size;
    private int entry;

    public DictIterator(WeftDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
        this.size = dict.size();
    }

    @Override
    public WeftType type() {
        return TYPES[kind];
    }

    @Override
    public Object next(Fiber t) {
        if (dict.size() != size) {
            entry = Integer.MAX_VALUE;
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
        while (entry < dict.end()) {
            int e = entry++;
            Object k = dict.keyAt(e);
            if (k != null) {
                switch (kind) {
                    case KEYS: return k;
                    case VALUES: return dict.valueAt(e);
                    default: return new WeftTuple(new Object[] {k, dict.valueAt(e)});
                }
            }
        }
        return null;
    }
}
