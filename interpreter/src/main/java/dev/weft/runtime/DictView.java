// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import dev.weft.runtime.iter.DictIterator;

/** {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict. */
public final class DictView implements WeftObject, WeftRepresentable {
    private final WeftDict dict;
    private final int kind;

    public DictView(WeftDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public WeftType type() {
        switch (kind) {
            case DictIterator.KEYS: return Types.DICT_KEYS;
            case DictIterator.VALUES: return Types.DICT_VALUES;
            default: return Types.DICT_ITEMS;
        }
    }

    public WeftDict dict() {
        return dict;
    }

    public int kind() {
        return kind;
    }

    public boolean contains(Fiber t, Object o) {
        switch (kind) {
            case DictIterator.KEYS:
                return dict.containsKey(t, o);
            case DictIterator.ITEMS: {
                if (!(o instanceof WeftTuple tu) || tu.size() != 2) {
                    return false;
                }
                Object v = dict.get(t, tu.get(0));
                return v != null && Compare.eq(t, v, tu.get(1));
            }
            default:
                for (int e = 0; e < dict.end(); e++) {
                    if (dict.keyAt(e) != null && Compare.eq(t, dict.valueAt(e), o)) {
                        return true;
                    }
                }
                return false;
        }
    }

    @Override
    public String repr(Fiber t) {
        WeftList items = Iter.toList(t, this);
        return type().name() + "(" + Reprs.repr(t, items) + ")";
    }
}
