// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.itertools;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftType;

/** count, cycle and repeat: the iterators that may go on forever. */
final class Infinite {
    private Infinite() {}

    /** count(start, step): start, start+step, start+2*step, ... */
    static final class Count extends Base {
        private Object current;
        private final Object step;

        Count(WeftType type, Object start, Object step) {
            super(type);
            this.current = start;
            this.step = step;
        }

        @Override
        public Object next(Fiber t) {
            Object v = current;
            current = v instanceof Long a && step instanceof Long b && a < Long.MAX_VALUE - 1
                    && b == 1L ? (Object) (a + 1) : Ops.binary(t, Ops.ADD, v, step);
            return v;
        }

        String repr(Fiber t) {
            boolean unitStep = step instanceof Long l && l == 1L;
            return type().name() + "(" + Reprs.repr(t, current)
                    + (unitStep ? "" : ", " + Reprs.repr(t, step)) + ")";
        }
    }

    /** cycle(iterable): its items, then the saved items again and again. */
    static final class Cycle extends Base {
        private Object it;
        private final WeftList saved = new WeftList();
        private int index;

        Cycle(WeftType type, Fiber t, Object iterable) {
            super(type);
            this.it = Iter.iter(t, iterable);
        }

        @Override
        public Object next(Fiber t) {
            if (it != null) {
                Object v = Iter.next(t, it);
                if (v != null) {
                    saved.add(v);
                    return v;
                }
                it = null;
            }
            if (saved.size() == 0) {
                return null;
            }
            Object v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }
    }

    /** repeat(object[, times]): the object, forever or times times. */
    static final class Repeat extends Base {
        private final Object object;
        /** Remaining repetitions, or -1 for endless. */
        private long remaining;

        Repeat(WeftType type, Object object, long times) {
            super(type);
            this.object = object;
            this.remaining = times;
        }

        @Override
        public Object next(Fiber t) {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return object;
        }

        @Override
        public int lengthHint() {
            return remaining < 0 ? -1 : (int) Math.min(remaining, Integer.MAX_VALUE);
        }

        String repr(Fiber t) {
            return type().name() + "(" + Reprs.repr(t, object)
                    + (remaining < 0 ? "" : ", " + remaining) + ")";
        }
    }
}
