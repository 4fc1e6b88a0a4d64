// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.DictOps;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftSet;
import dev.weft.runtime.WeftSlice;
import dev.weft.runtime.WeftTuple;

/** Constants and displays: tuples, lists, sets, dicts and slices built from their parts. */
public final class Literals {
    private Literals() {}

    public static final class Const extends Node {
        final Object value;

        public Const(Object value) {
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return value;
        }

        public Object value() {
            return value;
        }
    }

    /** Evaluates items left to right; a starred item is unpacked in place. */
    static Object[] items(Fiber t, Frame f, Node[] items, boolean[] starred) {
        if (starred == null) {
            Object[] out = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = items[i].eval(t, f);
            }
            return out;
        }
        WeftList out = new WeftList(items.length);
        for (int i = 0; i < items.length; i++) {
            Object v = items[i].eval(t, f);
            if (starred[i]) {
                for (Object x : Iter.toArray(t, v)) {
                    out.add(x);
                }
            } else {
                out.add(v);
            }
        }
        return out.toArray();
    }

    public static final class TupleNode extends Node {
        final Node[] items;
        final boolean[] starred;

        public TupleNode(Node[] items, boolean[] starred) {
            this.items = items;
            this.starred = starred;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return WeftTuple.of(items(t, f, items, starred));
        }
    }

    public static final class ListNode extends Node {
        final Node[] items;
        final boolean[] starred;

        public ListNode(Node[] items, boolean[] starred) {
            this.items = items;
            this.starred = starred;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return new WeftList(items(t, f, items, starred));
        }
    }

    public static final class SetNode extends Node {
        final Node[] items;
        final boolean[] starred;

        public SetNode(Node[] items, boolean[] starred) {
            this.items = items;
            this.starred = starred;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            WeftSet s = new WeftSet(false);
            for (Object v : items(t, f, items, starred)) {
                s.add(t, v);
            }
            return s;
        }
    }

    /**
     * A set display of three or more constants, which CPython folds into a frozenset constant:
     * its table, and so its printing order, can differ from adding the items one by one.
     */
    public static final class ConstantSetNode extends Node {
        final Object[] values;

        public ConstantSetNode(Object[] values) {
            this.values = values;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return dev.weft.runtime.SetOps.constantDisplay(t, values);
        }
    }

    /** A dict display; a null key marks a {@code **mapping} merged in place. */
    public static final class DictNode extends Node {
        final Node[] keys;
        final Node[] values;

        public DictNode(Node[] keys, Node[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            WeftDict d = new WeftDict(keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    Object m = values[i].eval(t, f);
                    if (!(m instanceof WeftDict) && dev.weft.runtime.Attrs.lookup(t, m, "keys")
                            == null) {
                        throw Errors.typeError("'" + Types.name(m) + "' object is not a mapping");
                    }
                    DictOps.update(t, d, m);
                } else {
                    Object k = keys[i].eval(t, f);
                    d.put(t, k, values[i].eval(t, f));
                }
            }
            return d;
        }
    }

    public static final class SliceNode extends Node {
        final Node lower;
        final Node upper;
        final Node step;

        public SliceNode(Node lower, Node upper, Node step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return new WeftSlice(part(t, f, lower), part(t, f, upper), part(t, f, step));
        }

        private static Object part(Fiber t, Frame f, Node n) {
            return n == null ? WeftNone.NONE : n.eval(t, f);
        }
    }
}
