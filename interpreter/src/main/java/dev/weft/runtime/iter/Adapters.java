// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** The iterator types of the builtins enumerate, zip, map, filter and reversed. */
public final class Adapters {
    private Adapters() {}

    public static final WeftType ENUMERATE = Iterators.type("enumerate");
    public static final WeftType ZIP = Iterators.type("zip");
    public static final WeftType MAP = Iterators.type("map");
    public static final WeftType FILTER = Iterators.type("filter");
    public static final WeftType REVERSED = Iterators.type("reversed");

    public static final class Enumerate extends WeftIterator {
        private final Object it;
        private Object count;

        public Enumerate(Fiber t, Object iterable, Object start) {
            this.it = Iter.iter(t, iterable);
            this.count = start;
        }

        @Override
        public WeftType type() {
            return ENUMERATE;
        }

        @Override
        public Object next(Fiber t) {
            Object v = Iter.next(t, it);
            if (v == null) {
                return null;
            }
            Object i = count;
            count = count instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1)
                    : IntOps.add(count, 1L);
            return new WeftTuple(new Object[] {i, v});
        }
    }

    public static final class Zip extends WeftIterator {
        private final Object[] its;
        private final boolean strict;
        private boolean done;

        public Zip(Fiber t, Object[] iterables, boolean strict) {
            its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Iter.iter(t, iterables[i]);
            }
            this.strict = strict;
        }

        @Override
        public WeftType type() {
            return ZIP;
        }

        @Override
        public Object next(Fiber t) {
            if (done || its.length == 0) {
                return null;
            }
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = Iter.next(t, its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        checkStrict(t, i);
                    }
                    return null;
                }
                row[i] = v;
            }
            return new WeftTuple(row);
        }

        private void checkStrict(Fiber t, int stopped) {
            if (stopped > 0) {
                throw Errors.valueError("zip() argument " + (stopped + 1) + " is shorter than"
                        + " argument" + (stopped == 1 ? " 1" : "s 1-" + stopped));
            }
            for (int i = 1; i < its.length; i++) {
                if (Iter.next(t, its[i]) != null) {
                    throw Errors.valueError("zip() argument " + (i + 1) + " is longer than"
                            + " argument" + (i == 1 ? " 1" : "s 1-" + i));
                }
            }
        }
    }

    public static final class Map extends WeftIterator {
        private final Object fn;
        private final Object[] its;

        public Map(Fiber t, Object fn, Object[] iterables) {
            this.fn = fn;
            its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Iter.iter(t, iterables[i]);
            }
        }

        @Override
        public WeftType type() {
            return MAP;
        }

        @Override
        public Object next(Fiber t) {
            Object[] args = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = Iter.next(t, its[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return Calls.callDirect(t, fn, args, null);
        }
    }

    public static final class Filter extends WeftIterator {
        private final Object fn;
        private final Object it;

        public Filter(Fiber t, Object fn, Object iterable) {
            this.fn = fn;
            this.it = Iter.iter(t, iterable);
        }

        @Override
        public WeftType type() {
            return FILTER;
        }

        @Override
        public Object next(Fiber t) {
            while (true) {
                Object v = Iter.next(t, it);
                if (v == null) {
                    return null;
                }
                Object keep = fn == WeftNone.NONE ? v : Calls.callDirect(t, fn, v);
                if (Truth.isTrue(t, keep)) {
                    return v;
                }
            }
        }
    }

    /** reversed() over a sequence: indices from len-1 down to 0. */
    public static final class Reversed extends WeftIterator {
        private final Object seq;
        private long index;

        public Reversed(Fiber t, Object seq) {
            this.seq = seq;
            this.index = Protocols.len(t, seq) - 1;
        }

        @Override
        public WeftType type() {
            return REVERSED;
        }

        @Override
        public Object next(Fiber t) {
            if (index < 0) {
                return null;
            }
            if (seq instanceof WeftList l) {
                if (index >= l.size()) {
                    index = -1;
                    return null;
                }
                return l.get((int) index--);
            }
            return Protocols.getItem(t, seq, index--);
        }

        @Override
        public int lengthHint() {
            return (int) Math.max(0, index + 1);
        }
    }

    /** Makes reversed(x): {@code __reversed__}, or the sequence protocol. */
    public static Object reversed(Fiber t, Object seq) {
        WeftType type = Types.of(seq);
        if (!type.isBuiltin()) {
            Object f = type.lookup("__reversed__");
            if (f != null) {
                return Calls.callDirect(t, f, seq);
            }
            if (type.lookup("__getitem__") == null || type.lookup("__len__") == null) {
                throw Errors.typeError("'" + type.name() + "' object is not reversible");
            }
        } else if (seq instanceof dev.weft.runtime.WeftDict
                || seq instanceof dev.weft.runtime.DictView) {
            // Dicts and their views keep insertion order; walk a snapshot backwards.
            return new Reversed(t, new WeftList(Iter.toArray(t, seq)));
        } else if (seq instanceof dev.weft.runtime.WeftRange r) {
            // A range of any length runs backwards as the reversed range.
            return new RangeIterator(r.reversed());
        } else if (!(seq instanceof WeftList || seq instanceof WeftTuple || seq instanceof String
                || seq instanceof dev.weft.runtime.WeftRange
                || seq instanceof dev.weft.runtime.WeftBytes)) {
            throw Errors.typeError("'" + type.name() + "' object is not reversible");
        }
        return new Reversed(t, seq);
    }
}
