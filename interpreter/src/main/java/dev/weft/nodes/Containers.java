// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftSet;

/** What comprehensions do with each element: append to a list, add to a set, put in a dict. */
public final class Containers {
    private Containers() {}

    public static final class ListAppend extends Node {
        final int slot;
        final Node value;

        public ListAppend(int slot, Node value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            ((WeftList) f.slots[slot]).add(value.eval(t, f));
            return null;
        }
    }

    public static final class SetAdd extends Node {
        final int slot;
        final Node value;

        public SetAdd(int slot, Node value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            ((WeftSet) f.slots[slot]).add(t, value.eval(t, f));
            return null;
        }
    }

    public static final class DictPut extends Node {
        final int slot;
        final Node key;
        final Node value;

        public DictPut(int slot, Node key, Node value) {
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object k = key.eval(t, f);
            ((WeftDict) f.slots[slot]).put(t, k, value.eval(t, f));
            return null;
        }
    }

    /** A fresh empty list, set or dict for a comprehension to fill. */
    public static final class Empty extends Node {
        final char kind;

        public Empty(char kind) {
            this.kind = kind;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            switch (kind) {
                case 'l': return new WeftList();
                case 's': return new WeftSet(false);
                default: return new WeftDict();
            }
        }
    }
}
