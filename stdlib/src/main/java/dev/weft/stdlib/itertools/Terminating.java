// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.itertools;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** The itertools iterators that end with their shortest input. */
final class Terminating {
    private Terminating() {}

    /** chain(*iterables) and chain.from_iterable: one iterable after another. */
    static final class Chain extends Base {
        private Object sources;
        private Object current;

        Chain(WeftType type, Fiber t, Object iterables) {
            super(type);
            this.sources = Iter.iter(t, iterables);
        }

        @Override
        public Object next(Fiber t) {
            while (sources != null) {
                if (current == null) {
                    Object next = Iter.next(t, sources);
                    if (next == null) {
                        sources = null;
                        return null;
                    }
                    current = Iter.iter(t, next);
                }
                Object v = Iter.next(t, current);
                if (v != null) {
                    return v;
                }
                current = null;
            }
            return null;
        }
    }

    /** islice(iterable, start, stop, step), stepping its source as CPython's does. */
    static final class Islice extends Base {
        private Object it;
        private long next;
        private final long stop;
        private final long step;
        private long count;

        Islice(WeftType type, Fiber t, Object iterable, long start, long stop, long step) {
            super(type);
            this.it = Iter.iter(t, iterable);
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public Object next(Fiber t) {
            if (it == null) {
                return null;
            }
            while (count < next) {
                if (Iter.next(t, it) == null) {
                    it = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                it = null;
                return null;
            }
            Object v = Iter.next(t, it);
            if (v == null) {
                it = null;
                return null;
            }
            count++;
            long old = next;
            next += step;
            if (next < old || stop != -1 && next > stop) {
                next = stop;
            }
            return v;
        }
    }

    /** accumulate(iterable, func, initial): running totals (or func's running results). */
    static final class Accumulate extends Base {
        private final Object it;
        private final Object func;
        private Object total;
        private Object initial;

        Accumulate(WeftType type, Fiber t, Object iterable, Object func, Object initial) {
            super(type);
            this.it = Iter.iter(t, iterable);
            this.func = func;
            this.initial = initial;
        }

        @Override
        public Object next(Fiber t) {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            Object v = Iter.next(t, it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == WeftNone.NONE) {
                total = Ops.binary(t, Ops.ADD, total, v);
            } else {
                total = Calls.callDirect(t, func, total, v);
            }
            return total;
        }
    }

    /** starmap(function, iterable): function(*item) for each item. */
    static final class Starmap extends Base {
        private final Object func;
        private final Object it;

        Starmap(WeftType type, Fiber t, Object func, Object iterable) {
            super(type);
            this.func = func;
            this.it = Iter.iter(t, iterable);
        }

        @Override
        public Object next(Fiber t) {
            Object v = Iter.next(t, it);
            return v == null ? null : Calls.callDirect(t, func, Iter.toArray(t, v), null);
        }
    }

    /** takewhile, dropwhile and filterfalse: items judged by a predicate. */
    static final class Predicated extends Base {
        static final int TAKE_WHILE = 0;
        static final int DROP_WHILE = 1;
        static final int FILTER_FALSE = 2;

        private final int kind;
        private final Object predicate;
        private final Object it;
        /** takewhile: it has stopped; dropwhile: it has started passing items through. */
        private boolean switched;

        Predicated(WeftType type, Fiber t, int kind, Object predicate, Object iterable) {
            super(type);
            this.kind = kind;
            this.predicate = predicate;
            this.it = Iter.iter(t, iterable);
        }

        private boolean test(Fiber t, Object v) {
            Object r = predicate == WeftNone.NONE ? v : Calls.callDirect(t, predicate, v);
            return Truth.isTrue(t, r);
        }

        @Override
        public Object next(Fiber t) {
            while (true) {
                if (kind == TAKE_WHILE && switched) {
                    return null;
                }
                Object v = Iter.next(t, it);
                if (v == null) {
                    return null;
                }
                if (kind == TAKE_WHILE) {
                    if (test(t, v)) {
                        return v;
                    }
                    switched = true;
                    return null;
                }
                if (kind == DROP_WHILE) {
                    if (switched || !test(t, v)) {
                        switched = true;
                        return v;
                    }
                    continue;
                }
                if (!test(t, v)) {
                    return v;
                }
            }
        }
    }

    /** compress(data, selectors): the data items whose selector is true. */
    static final class Compress extends Base {
        private final Object data;
        private final Object selectors;

        Compress(WeftType type, Fiber t, Object data, Object selectors) {
            super(type);
            this.data = Iter.iter(t, data);
            this.selectors = Iter.iter(t, selectors);
        }

        @Override
        public Object next(Fiber t) {
            while (true) {
                Object v = Iter.next(t, data);
                if (v == null) {
                    return null;
                }
                Object s = Iter.next(t, selectors);
                if (s == null) {
                    return null;
                }
                if (Truth.isTrue(t, s)) {
                    return v;
                }
            }
        }
    }

    /** pairwise(iterable): overlapping pairs (a, b), (b, c), ... */
    static final class Pairwise extends Base {
        private Object it;
        private Object previous;

        Pairwise(WeftType type, Fiber t, Object iterable) {
            super(type);
            this.it = Iter.iter(t, iterable);
        }

        @Override
        public Object next(Fiber t) {
            if (it == null) {
                return null;
            }
            if (previous == null) {
                previous = Iter.next(t, it);
                if (previous == null) {
                    it = null;
                    return null;
                }
            }
            Object v = Iter.next(t, it);
            if (v == null) {
                it = null;
                return null;
            }
            WeftTuple pair = WeftTuple.of(previous, v);
            previous = v;
            return pair;
        }
    }

    /** zip_longest(*iterables, fillvalue): rows padded until every input is exhausted. */
    static final class ZipLongest extends Base {
        private final Object[] its;
        private final Object fill;
        private int active;

        ZipLongest(WeftType type, Fiber t, Object[] iterables, Object fill) {
            super(type);
            its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Iter.iter(t, iterables[i]);
            }
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        public Object next(Fiber t) {
            if (its.length == 0 || active == 0) {
                return null;
            }
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = its[i] == null ? null : Iter.next(t, its[i]);
                if (v == null) {
                    if (its[i] != null) {
                        its[i] = null;
                        if (--active == 0) {
                            return null;
                        }
                    }
                    v = fill;
                }
                row[i] = v;
            }
            return new WeftTuple(row);
        }
    }
}
