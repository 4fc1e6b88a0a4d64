// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;

/** Set algebra and comparisons, following CPython's algorithms so result order matches. */
public final class SetOps {
    private SetOps() {}

    static Object binary(Fiber t, int op, WeftSet a, WeftSet b) {
        switch (op) {
            case Ops.OR: return union(t, a, b);
            case Ops.AND: return intersection(t, a, b);
            case Ops.SUB: return difference(t, a, b);
            case Ops.XOR: return symmetricDifference(t, a, b);
            default: return NOT_IMPLEMENTED;
        }
    }

    static boolean inplace(Fiber t, int op, WeftSet a, WeftSet b) {
        switch (op) {
            case Ops.OR:
                a.merge(t, b);
                return true;
            case Ops.AND:
                a.takeTable(intersection(t, a, b));
                return true;
            case Ops.SUB:
                differenceUpdate(t, a, b);
                return true;
            case Ops.XOR:
                symmetricDifferenceUpdate(t, a, b);
                return true;
            default:
                return false;
        }
    }

    public static WeftSet union(Fiber t, WeftSet a, WeftSet b) {
        WeftSet r = a.copy(a.isFrozen());
        r.merge(t, b);
        return r;
    }

    public static WeftSet intersection(Fiber t, WeftSet a, WeftSet b) {
        boolean frozen = a.isFrozen();
        if (b.size() > a.size()) {
            WeftSet tmp = a;
            a = b;
            b = tmp;
        }
        WeftSet r = new WeftSet(frozen);
        for (int i = 0; i < b.slotCount(); i++) {
            Object k = b.slotKey(i);
            if (k != null && a.contains(t, k)) {
                r.addHashed(t, k, b.slotHash(i));
            }
        }
        return r;
    }

    public static WeftSet difference(Fiber t, WeftSet a, WeftSet b) {
        if ((a.size() >> 2) > b.size()) {
            WeftSet r = a.copy(a.isFrozen());
            differenceUpdate(t, r, b);
            return r;
        }
        WeftSet r = new WeftSet(a.isFrozen());
        for (int i = 0; i < a.slotCount(); i++) {
            Object k = a.slotKey(i);
            if (k != null && !b.contains(t, k)) {
                r.addHashed(t, k, a.slotHash(i));
            }
        }
        return r;
    }

    public static void differenceUpdate(Fiber t, WeftSet a, WeftSet b) {
        if (a == b) {
            a.clear();
            return;
        }
        for (int i = 0; i < b.slotCount(); i++) {
            Object k = b.slotKey(i);
            if (k != null) {
                a.discard(t, k);
            }
        }
        a.compactIfSparse();
    }

    public static WeftSet symmetricDifference(Fiber t, WeftSet a, WeftSet b) {
        WeftSet r = b.copy(a.isFrozen());
        symmetricDifferenceUpdate(t, r, a);
        return r;
    }

    public static void symmetricDifferenceUpdate(Fiber t, WeftSet a, WeftSet b) {
        if (a == b) {
            a.clear();
            return;
        }
        for (int i = 0; i < b.slotCount(); i++) {
            Object k = b.slotKey(i);
            if (k != null && !a.discard(t, k)) {
                a.addHashed(t, k, b.slotHash(i));
            }
        }
    }

    public static boolean isSubset(Fiber t, WeftSet a, WeftSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int i = 0; i < a.slotCount(); i++) {
            Object k = a.slotKey(i);
            if (k != null && !b.contains(t, k)) {
                return false;
            }
        }
        return true;
    }

    public static Object compare(Fiber t, int op, WeftSet a, WeftSet b) {
        switch (op) {
            case Compare.EQ: return a.size() == b.size() && isSubset(t, a, b);
            case Compare.NE: return !(a.size() == b.size() && isSubset(t, a, b));
            case Compare.LE: return isSubset(t, a, b);
            case Compare.LT: return a.size() < b.size() && isSubset(t, a, b);
            case Compare.GE: return isSubset(t, b, a);
            case Compare.GT: return b.size() < a.size() && isSubset(t, b, a);
            default: return NOT_IMPLEMENTED;
        }
    }

    static String repr(Fiber t, WeftSet s) {
        String name = s.type().name();
        if (s.size() == 0) {
            return name + "()";
        }
        StringBuilder sb = new StringBuilder();
        boolean plain = s.type() == Types.SET;
        sb.append(plain ? "{" : name + "({");
        boolean first = true;
        for (int i = 0; i < s.slotCount(); i++) {
            Object k = s.slotKey(i);
            if (k != null) {
                sb.append(first ? "" : ", ").append(Reprs.repr(t, k));
                first = false;
            }
        }
        return sb.append(plain ? "}" : "})").toString();
    }

    /** CPython's frozenset hash: order-independent over the elements' hashes. */
    public static long hashFrozen(Fiber t, WeftSet s) {
        long h = 0;
        for (int i = 0; i < s.slotCount(); i++) {
            if (s.slotKey(i) != null) {
                h ^= shuffle(s.slotHash(i));
            }
        }
        h ^= ((long) s.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** Adds every element of any iterable. */
    public static void update(Fiber t, WeftSet s, Object iterable) {
        if (iterable instanceof WeftSet o) {
            s.merge(t, o);
            return;
        }
        if (iterable instanceof WeftDict d) {
            s.presize(d.size());
            for (int e = 0; e < d.end(); e++) {
                Object k = d.keyAt(e);
                if (k != null) {
                    s.add(t, k);
                }
            }
            return;
        }
        Object it = Iter.iter(t, iterable);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            s.add(t, v);
        }
    }

    /** {@code so.intersection(iterable)} for a non-set: iteration order decides the layout. */
    public static WeftSet intersectionIter(Fiber t, WeftSet so, Object iterable) {
        if (iterable instanceof WeftSet s) {
            return intersection(t, so, s);
        }
        WeftSet r = new WeftSet(so.isFrozen());
        Object it = Iter.iter(t, iterable);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            if (so.contains(t, v)) {
                r.add(t, v);
            }
        }
        return r;
    }

    /** {@code so.difference(iterable)}: CPython copies and discards unless other is a set. */
    public static WeftSet differenceIter(Fiber t, WeftSet so, Object iterable) {
        if (iterable instanceof WeftSet s) {
            return difference(t, so, s);
        }
        WeftSet r = so.copy(so.isFrozen());
        Object it = Iter.iter(t, iterable);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            r.discard(t, v);
        }
        r.compactIfSparse();
        return r;
    }

    /**
     * A set display whose items are all constants, as CPython 3.11 builds it: the compiler folds
     * {@code {10, 20, 30, 40, 50}} into a frozenset constant, rebuilds it from its own iteration
     * order when merging constants, and BUILD_SET copies that into a fresh set. The table (and
     * so the printing order) can differ from adding the items one by one. For the compiler's
     * set-display node; displays with fewer than three items or any non-constant item are
     * built by plain adds.
     */
    public static WeftSet constantDisplay(Fiber t, Object[] items) {
        WeftSet folded = new WeftSet(true);
        for (Object v : items) {
            folded.add(t, v);
        }
        WeftSet merged = new WeftSet(true);
        for (int i = 0; i < folded.slotCount(); i++) {
            Object k = folded.slotKey(i);
            if (k != null) {
                merged.add(t, k);
            }
        }
        WeftSet s = new WeftSet(false);
        s.merge(t, merged);
        return s;
    }

    /** A set (or frozenset) of any iterable's elements. */
    public static WeftSet of(Fiber t, Object iterable, boolean frozen) {
        WeftSet s = new WeftSet(frozen);
        update(t, s, iterable);
        return s;
    }
}
