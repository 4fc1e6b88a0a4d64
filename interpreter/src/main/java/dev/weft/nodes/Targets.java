// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftCell;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftTuple;

/** Assignment targets, and the nodes that assign to them. */
public final class Targets {
    private Targets() {}

    /** Somewhere a value can be stored. */
    public abstract static class Target {
        /** The target's entry in its code's positions, or -1 (see {@link Node#pos}). */
        public int pos = -1;

        public abstract void assign(Fiber t, Frame f, Object value);

        /** Marks {@code e} as raised by storing here, unless an inner target marked it. */
        protected final WeftError raisedHere(WeftError e) {
            return e.markPosition(pos);
        }
    }

    public static final class Slot extends Target {
        final int slot;

        public Slot(int slot) {
            this.slot = slot;
        }

        @Override
        public void assign(Fiber t, Frame f, Object value) {
            f.slots[slot] = value;
        }
    }

    public static final class Cell extends Target {
        final int slot;

        public Cell(int slot) {
            this.slot = slot;
        }

        @Override
        public void assign(Fiber t, Frame f, Object value) {
            ((WeftCell) f.slots[slot]).value = value;
        }
    }

    public static final class Global extends Target {
        final String name;

        public Global(String name) {
            this.name = name;
        }

        @Override
        public void assign(Fiber t, Frame f, Object value) {
            f.globals.putStr(name, value);
        }
    }

    public static final class Name extends Target {
        final String name;

        public Name(String name) {
            this.name = name;
        }

        @Override
        public void assign(Fiber t, Frame f, Object value) {
            f.nsPut(t, name, value);
        }
    }

    public static final class Attr extends Target {
        final Node obj;
        final String name;

        public Attr(Node obj, String name) {
            this.obj = obj;
            this.name = name;
        }

        @Override
        public void assign(Fiber t, Frame f, Object value) {
            Object o = obj.eval(t, f);
            try {
                Attrs.set(t, o, name, value);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class Subscr extends Target {
        final Node obj;
        final Node key;

        public Subscr(Node obj, Node key) {
            this.obj = obj;
            this.key = key;
        }

        @Override
        public void assign(Fiber t, Frame f, Object value) {
            Object o = obj.eval(t, f);
            Object k = key.eval(t, f);
            if (o instanceof WeftList l && l.exact() && k instanceof Long i) {
                long n = i < 0 ? i + l.size() : i;
                if (n >= 0 && n < l.size()) {
                    l.set((int) n, value);
                    return;
                }
            }
            try {
                Protocols.setItem(t, o, k, value);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    /** {@code a, *b, c = value}: unpacks an iterable into several targets. */
    public static final class Unpack extends Target {
        final Target[] items;
        /** Index of the starred target, or -1. */
        final int star;

        public Unpack(Target[] items, int star) {
            this.items = items;
            this.star = star;
        }

        @Override
        public void assign(Fiber t, Frame f, Object value) {
            Object[] vs;
            try {
                vs = values(t, value);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
            int n = items.length;
            if (star < 0) {
                if (vs.length != n) {
                    throw raisedHere(vs.length > n
                            ? Errors.valueError("too many values to unpack (expected " + n + ")")
                            : Errors.valueError("not enough values to unpack (expected " + n
                                    + ", got " + vs.length + ")"));
                }
                for (int i = 0; i < n; i++) {
                    items[i].assign(t, f, vs[i]);
                }
                return;
            }
            int fixed = n - 1;
            if (vs.length < fixed) {
                throw raisedHere(Errors.valueError("not enough values to unpack (expected at"
                        + " least " + fixed + ", got " + vs.length + ")"));
            }
            int after = n - star - 1;
            for (int i = 0; i < star; i++) {
                items[i].assign(t, f, vs[i]);
            }
            Object[] middle = new Object[vs.length - fixed];
            System.arraycopy(vs, star, middle, 0, middle.length);
            items[star].assign(t, f, new WeftList(middle));
            for (int i = 0; i < after; i++) {
                items[star + 1 + i].assign(t, f, vs[vs.length - after + i]);
            }
        }

        private Object[] values(Fiber t, Object value) {
            if (value instanceof WeftTuple tu && tu.exact()) {
                return tu.items();
            }
            if (value instanceof WeftList l && l.exact()) {
                return l.toArray();
            }
            if (star < 0) {
                return bounded(t, value);
            }
            try {
                return Iter.toArray(t, value);
            } catch (WeftError e) {
                throw nonIterable(e, value);
            }
        }

        /** Takes at most one item more than needed, as CPython does for a plain unpack. */
        private Object[] bounded(Fiber t, Object value) {
            Object it;
            try {
                it = Iter.iter(t, value);
            } catch (WeftError e) {
                throw nonIterable(e, value);
            }
            int n = items.length;
            WeftList got = new WeftList(n);
            for (int i = 0; i <= n; i++) {
                Object v = Iter.next(t, it);
                if (v == null) {
                    break;
                }
                got.add(v);
            }
            return got.toArray();
        }

        private static WeftError nonIterable(WeftError e, Object value) {
            if (e.isInstance(ErrorTypes.TYPE_ERROR) && !Iter.isIterator(value)
                    && e.args().size() == 1 && String.valueOf(e.args().get(0))
                            .endsWith("object is not iterable")) {
                return Errors.typeError("cannot unpack non-iterable " + Types.name(value)
                        + " object");
            }
            return e;
        }
    }

    /** {@code t1 = t2 = value}: evaluates once, assigns left to right. */
    public static final class Assign extends Node {
        final Target[] targets;
        final Node value;

        public Assign(Target[] targets, Node value) {
            this.targets = targets;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = value.eval(t, f);
            for (Target target : targets) {
                target.assign(t, f, v);
            }
            return null;
        }
    }
}
