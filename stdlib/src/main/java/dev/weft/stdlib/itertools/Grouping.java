// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.itertools;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Iter;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.JavaClass;

/** groupby (with its shared-state group iterators) and tee (iterators over one buffer). */
final class Grouping {
    private Grouping() {}

    static final WeftType GROUPER = JavaClass.iteratorType("itertools", "_grouper");
    static final WeftType TEE = JavaClass.iteratorType("itertools", "_tee");

    /**
     * groupby(iterable, key): (key, group) for each run of equal keys. A group iterator works
     * only while it is the current one: advancing the groupby abandons it.
     */
    static final class GroupBy extends Base {
        private final Object it;
        private final Object keyFunc;
        private Object targetKey;
        private Object currentKey;
        private Object currentValue;
        private Grouper currentGrouper;

        GroupBy(WeftType type, Fiber t, Object iterable, Object keyFunc) {
            super(type);
            this.it = Iter.iter(t, iterable);
            this.keyFunc = keyFunc;
        }

        /** Reads the next value and its key; false at the end. */
        boolean step(Fiber t) {
            Object v = Iter.next(t, it);
            if (v == null) {
                return false;
            }
            Object k = keyFunc == WeftNone.NONE ? v : Calls.callDirect(t, keyFunc, v);
            currentValue = v;
            currentKey = k;
            return true;
        }

        @Override
        public Object next(Fiber t) {
            currentGrouper = null;
            while (true) {
                if (currentKey != null) {
                    if (targetKey == null || !Compare.eq(t, targetKey, currentKey)) {
                        break;
                    }
                }
                if (!step(t)) {
                    return null;
                }
            }
            targetKey = currentKey;
            currentGrouper = new Grouper(this, targetKey);
            return WeftTuple.of(currentKey, currentGrouper);
        }
    }

    /** One group of a groupby. */
    static final class Grouper extends dev.weft.runtime.WeftIterator {
        private final GroupBy parent;
        private final Object targetKey;

        Grouper(GroupBy parent, Object targetKey) {
            this.parent = parent;
            this.targetKey = targetKey;
        }

        @Override
        public WeftType type() {
            return GROUPER;
        }

        @Override
        public Object next(Fiber t) {
            GroupBy g = parent;
            if (g.currentGrouper != this) {
                return null;
            }
            if (g.currentValue == null && !g.step(t)) {
                return null;
            }
            if (!Compare.eq(t, targetKey, g.currentKey)) {
                return null;
            }
            Object v = g.currentValue;
            g.currentValue = null;
            g.currentKey = null;
            return v;
        }
    }

    /** The items tee has read, shared by its iterators; each keeps its own position. */
    static final class TeeBuffer {
        private final Object it;
        private final java.util.ArrayList<Object> items = new java.util.ArrayList<>();
        private boolean exhausted;

        TeeBuffer(Object it) {
            this.it = it;
        }

        Object at(Fiber t, int i) {
            while (i >= items.size()) {
                if (exhausted) {
                    return null;
                }
                Object v = Iter.next(t, it);
                if (v == null) {
                    exhausted = true;
                    return null;
                }
                items.add(v);
            }
            return items.get(i);
        }
    }

    /** One of tee's iterators. */
    static final class Tee extends dev.weft.runtime.WeftIterator {
        private final TeeBuffer buffer;
        private int position;

        Tee(TeeBuffer buffer, int position) {
            this.buffer = buffer;
            this.position = position;
        }

        @Override
        public WeftType type() {
            return TEE;
        }

        @Override
        public Object next(Fiber t) {
            Object v = buffer.at(t, position);
            if (v != null) {
                position++;
            }
            return v;
        }

        Tee copy() {
            return new Tee(buffer, position);
        }
    }

    /** tee(iterable, n): n independent iterators; a tee iterator is split, not re-buffered. */
    static WeftTuple tee(Fiber t, Object iterable, int n) {
        Object it = Iter.iter(t, iterable);
        Object[] out = new Object[n];
        if (n == 0) {
            return WeftTuple.of(out);
        }
        Tee first = it instanceof Tee tee ? tee.copy() : new Tee(new TeeBuffer(it), 0);
        out[0] = first;
        for (int i = 1; i < n; i++) {
            out[i] = first.copy();
        }
        return WeftTuple.of(out);
    }
}
