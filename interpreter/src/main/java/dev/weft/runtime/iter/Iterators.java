// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftRange;
import dev.weft.runtime.WeftSet;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.DictView;

/** Iterators over the builtin iterables, and the iterator types scripts see. */
public final class Iterators {
    private Iterators() {}

    /** A builtin iterator type: {@code __iter__} returns itself, {@code __next__} steps it. */
    public static WeftType type(String name) {
        WeftType type = WeftType.builtin(name, Types.OBJECT);
        type.define("__iter__", WeftBuiltin.method("__iter__", (t, a, k) -> a[0]));
        type.define("__next__", WeftBuiltin.method("__next__", Iterators::nextOrStop));
        type.define("__length_hint__", WeftBuiltin.method("__length_hint__",
                (t, a, k) -> (long) Math.max(0, ((WeftIterator) a[0]).lengthHint())));
        return type;
    }

    private static Object nextOrStop(Fiber t, Object[] args, String[] kw) {
        Object v = ((WeftIterator) args[0]).next(t);
        if (v == null) {
            throw Errors.stopIteration(dev.weft.runtime.WeftNone.NONE);
        }
        return v;
    }

    /** The iterator of a builtin iterable, or null when {@code o} is not one. */
    public static WeftIterator forBuiltin(Object o) {
        if (o instanceof WeftList l && l.exact()) {
            return new ListIterator(l);
        }
        if (o instanceof WeftTuple tu && tu.exact()) {
            return new ArrayIterator(ArrayIterator.TUPLE, tu.items(), tu.size());
        }
        if (o instanceof WeftRange r) {
            return new RangeIterator(r);
        }
        if (o instanceof String s) {
            return new StrIterator(s);
        }
        if (o instanceof WeftDict d && d.exact()) {
            return new DictIterator(d, DictIterator.KEYS);
        }
        if (o instanceof DictView v) {
            return new DictIterator(v.dict(), v.kind());
        }
        if (o instanceof WeftSet s && s.exact()) {
            return new SetIterator(s);
        }
        if (o instanceof WeftBytes b) {
            return new BytesIterator(b);
        }
        return null;
    }

    /** The old {@code __getitem__} protocol: indices 0, 1, ... until IndexError. */
    public static WeftIterator sequence(Object o) {
        return new SequenceIterator(o);
    }

    /** Runs {@code Iter.next} for code that holds an arbitrary iterator. */
    public static Object next(Fiber t, Object it) {
        return Iter.next(t, it);
    }
}
