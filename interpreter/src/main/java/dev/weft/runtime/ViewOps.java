// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;
import dev.weft.runtime.iter.DictIterator;

/**
 * The set operations of dict keys and items views: {@code d.keys() & {1, 2}} is a set, and
 * either operand may be any iterable, as in CPython's dictviews_and and friends (the result
 * starts as a set of the left operand and is updated with the right one).
 */
public final class ViewOps {
    private ViewOps() {}

    /** True for keys and items views (values views are not set-like). */
    public static boolean isSetLike(Object o) {
        return o instanceof DictView v && v.kind() != DictIterator.VALUES;
    }

    static Object binary(Fiber t, int op, Object a, Object b) {
        if (op != Ops.AND && op != Ops.OR && op != Ops.SUB && op != Ops.XOR) {
            return NOT_IMPLEMENTED;
        }
        if (op == Ops.AND) {
            return intersect(t, a, b);
        }
        WeftSet left = toSet(t, a);
        WeftSet right = b instanceof WeftSet s ? s : SetOps.of(t, b, false);
        switch (op) {
            case Ops.OR:
                left.merge(t, right);
                return left;
            case Ops.SUB:
                SetOps.differenceUpdate(t, left, right);
                return left;
            default:
                SetOps.symmetricDifferenceUpdate(t, left, right);
                return left;
        }
    }

    /** A view's own items as a set; a keys view takes the dict's fast path (presized). */
    private static WeftSet toSet(Fiber t, Object o) {
        if (o instanceof DictView v && v.kind() == DictIterator.KEYS && v.dict().exact()) {
            return SetOps.of(t, v.dict(), false);
        }
        return SetOps.of(t, o, false);
    }

    /**
     * CPython's _PyDictView_Intersect: with the view as self, a bigger set runs
     * set.intersection; otherwise the other operand (the bigger view, if both are views) is
     * iterated and kept where the view contains it.
     */
    private static WeftSet intersect(Fiber t, Object a, Object b) {
        Object self = isSetLike(a) ? a : b;
        Object other = self == a ? b : a;
        long selfLen = Protocols.len(t, self);
        if (other instanceof WeftSet s && s.exact() && selfLen <= s.size()) {
            return SetOps.intersectionIter(t, s, self);
        }
        if (isSetLike(other) && Protocols.len(t, other) > selfLen) {
            Object swap = self;
            self = other;
            other = swap;
        }
        WeftSet r = new WeftSet(false);
        Object it = Iter.iter(t, other);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            if (((DictView) self).contains(t, v)) {
                r.add(t, v);
            }
        }
        return r;
    }

    /** Comparisons with sets and other set-like views, by containment as for sets. */
    static Object compare(Fiber t, int op, Object a, Object b) {
        if (!(isSetLike(a) || a instanceof WeftSet) || !(isSetLike(b) || b instanceof WeftSet)) {
            return NOT_IMPLEMENTED;
        }
        long na = Protocols.len(t, a);
        long nb = Protocols.len(t, b);
        switch (op) {
            case Compare.EQ: return na == nb && within(t, a, b);
            case Compare.NE: return !(na == nb && within(t, a, b));
            case Compare.LE: return na <= nb && within(t, a, b);
            case Compare.LT: return na < nb && within(t, a, b);
            case Compare.GE: return na >= nb && within(t, b, a);
            default: return na > nb && within(t, b, a);
        }
    }

    /** Every element of a is in b. */
    private static boolean within(Fiber t, Object a, Object b) {
        Object it = Iter.iter(t, a);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            if (!Protocols.contains(t, b, v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code view.isdisjoint(iterable)}. */
    public static boolean isDisjoint(Fiber t, DictView v, Object other) {
        Object it = Iter.iter(t, other);
        for (Object x = Iter.next(t, it); x != null; x = Iter.next(t, it)) {
            if (v.contains(t, x)) {
                return false;
            }
        }
        return true;
    }
}
