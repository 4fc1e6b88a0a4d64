// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.SetOps;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftSet;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.SetIterator;

/**
 * set's and frozenset's special methods, on the set table directly (set subclass instances
 * dispatch here). Operators take only sets: {@code {1} | [2]} is a TypeError, as in CPython,
 * while the named methods accept any iterable.
 */
final class SetDunders {
    private SetDunders() {}

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__",
        "__ge__"};
    private static final String[] OPS = {"or", "and", "sub", "xor"};
    private static final int[] CODES = {Ops.OR, Ops.AND, Ops.SUB, Ops.XOR};

    static void install(WeftType t) {
        StrDunders.wrap(t, "__len__", 0, (f, a, k) -> (long) self(a).size());
        StrDunders.wrap(t, "__contains__", 1, (f, a, k) -> self(a).contains(f, key(f, a[1])));
        StrDunders.wrap(t, "__iter__", 0, (f, a, k) -> new SetIterator(self(a)));
        StrDunders.wrap(t, "__repr__", 0, (f, a, k) -> Reprs.builtinRepr(f, self(a)));
        for (int i = 0; i < OPS.length; i++) {
            int op = CODES[i];
            StrDunders.wrap(t, "__" + OPS[i] + "__", 1, (f, a, k) -> a[1] instanceof WeftSet o
                    ? binary(f, op, plain(self(a)), o) : NOT_IMPLEMENTED);
            StrDunders.wrap(t, "__r" + OPS[i] + "__", 1, (f, a, k) -> a[1] instanceof WeftSet o
                    ? binary(f, op, plain(o), self(a)) : NOT_IMPLEMENTED);
            if (!t.name().equals("frozenset")) {
                StrDunders.wrap(t, "__i" + OPS[i] + "__", 1, (f, a, k) -> {
                    if (!(a[1] instanceof WeftSet o)) {
                        return NOT_IMPLEMENTED;
                    }
                    inplace(f, op, self(a), o);
                    return a[0];
                });
            }
        }
        for (int op = 0; op < CMP.length; op++) {
            int o = op;
            StrDunders.wrap(t, CMP[op], 1, (f, a, k) -> a[1] instanceof WeftSet other
                    ? SetOps.compare(f, o, self(a), other) : NOT_IMPLEMENTED);
        }
        if (t.name().equals("frozenset")) {
            StrDunders.wrap(t, "__hash__", 0, (f, a, k) -> SetOps.hashFrozen(f, self(a)));
        } else {
            t.define("__hash__", WeftNone.NONE);
        }
        ListDunders.classGetItem(t);
    }

    private static WeftSet self(Object[] a) {
        return (WeftSet) a[0];
    }

    private static WeftSet plain(WeftSet s) {
        return s.exact() ? s : s.copy(s.isFrozen());
    }

    private static Object binary(Fiber f, int op, WeftSet a, WeftSet b) {
        switch (op) {
            case Ops.OR: return SetOps.union(f, a, b);
            case Ops.AND: return SetOps.intersection(f, a, b);
            case Ops.SUB: return SetOps.difference(f, a, b);
            default: return SetOps.symmetricDifference(f, a, b);
        }
    }

    private static void inplace(Fiber f, int op, WeftSet s, WeftSet o) {
        switch (op) {
            case Ops.OR -> s.merge(f, o);
            case Ops.AND -> {
                WeftSet r = SetOps.intersection(f, s, o);
                s.clear();
                s.merge(f, r);
            }
            case Ops.SUB -> SetOps.differenceUpdate(f, s, o);
            default -> SetOps.symmetricDifferenceUpdate(f, s, o);
        }
    }

    /** A set used as a key is looked up as the equal frozenset, as CPython's set_contains does. */
    static Object key(Fiber f, Object o) {
        return o instanceof WeftSet s && !s.isFrozen() ? s.copy(true) : o;
    }
}
