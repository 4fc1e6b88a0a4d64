// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.SetOps;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftSet;
import dev.weft.runtime.WeftType;

/** set's and frozenset's named methods (the operators are in {@link SetDunders}). */
final class SetMethods {
    private SetMethods() {}

    static void install() {
        for (WeftType t : new WeftType[] {Types.SET, Types.FROZENSET}) {
            String n = t.name();
            TypeSetup.method(t, "union", (f, a, k) -> fold(f, a, k, n + ".union", (x, y) -> {
                WeftSet r = x == a[0] ? x.copy(x.isFrozen()) : x;
                SetOps.update(f, r, y); // iterables are added in their own order
                return r;
            }));
            TypeSetup.method(t, "intersection", (f, a, k) -> fold(f, a, k, n + ".intersection",
                    (x, y) -> SetOps.intersectionIter(f, x, y)));
            TypeSetup.method(t, "difference", (f, a, k) -> fold(f, a, k, n + ".difference",
                    (x, y) -> x == a[0] ? SetOps.differenceIter(f, x, y) : discardAll(f, x, y)));
            TypeSetup.method(t, "symmetric_difference", (f, a, k) -> {
                Args.one(n + ".symmetric_difference", a, k);
                return SetOps.symmetricDifference(f, plain(self(a)), other(f, a[1]));
            });
            TypeSetup.method(t, "issubset", (f, a, k) -> {
                Args.one(n + ".issubset", a, k);
                return SetOps.isSubset(f, self(a), other(f, a[1]));
            });
            TypeSetup.method(t, "issuperset", (f, a, k) -> {
                Args.one(n + ".issuperset", a, k);
                return SetOps.isSubset(f, other(f, a[1]), self(a));
            });
            TypeSetup.method(t, "isdisjoint", (f, a, k) -> {
                Args.one(n + ".isdisjoint", a, k);
                return SetOps.intersection(f, self(a), other(f, a[1])).size() == 0;
            });
            TypeSetup.method(t, "copy", (f, a, k) -> {
                Args.none(n + ".copy", a, k);
                WeftSet s = self(a);
                return s.isFrozen() && s.exact() ? s : s.copy(s.isFrozen());
            });
            SetDunders.install(t);
        }
        mutators(Types.SET);
    }

    private static void mutators(WeftType s) {
        TypeSetup.method(s, "add", (f, a, k) -> {
            Args.one("set.add", a, k);
            self(a).add(f, a[1]);
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "remove", (f, a, k) -> {
            Args.one("set.remove", a, k);
            if (!self(a).discard(f, SetDunders.key(f, a[1]))) {
                throw Errors.keyError(a[1]);
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "discard", (f, a, k) -> {
            Args.one("set.discard", a, k);
            self(a).discard(f, SetDunders.key(f, a[1]));
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "pop", (f, a, k) -> {
            Args.none("set.pop", a, k);
            Object v = self(a).pop();
            if (v == null) {
                throw Errors.of(ErrorTypes.KEY_ERROR, "pop from an empty set");
            }
            return v;
        });
        TypeSetup.method(s, "__init__", (f, a, k) -> {
            Args.range("set", a, k, 0, 1);
            self(a).clear();
            if (a.length > 1) {
                SetOps.update(f, self(a), a[1]);
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "clear", (f, a, k) -> {
            Args.none("set.clear", a, k);
            self(a).clear();
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "update", (f, a, k) -> {
            Args.noKeywords("set.update", k);
            for (int i = 1; i < a.length; i++) {
                SetOps.update(f, self(a), a[i]);
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "difference_update", (f, a, k) -> {
            Args.noKeywords("set.difference_update", k);
            for (int i = 1; i < a.length; i++) {
                SetOps.differenceUpdate(f, self(a), other(f, a[i]));
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "intersection_update", (f, a, k) -> {
            WeftSet r = (WeftSet) fold(f, a, k, "set.intersection_update",
                    (x, y) -> SetOps.intersectionIter(f, x, y));
            self(a).takeTable(r);
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "symmetric_difference_update", (f, a, k) -> {
            Args.one("set.symmetric_difference_update", a, k);
            SetOps.symmetricDifferenceUpdate(f, self(a), other(f, a[1]));
            return WeftNone.NONE;
        });
    }

    interface SetOp {
        WeftSet apply(WeftSet acc, Object other);
    }

    /**
     * union(*others) and friends, folding left to right as CPython's *_multi functions do;
     * the result has self's base type, never a subclass.
     */
    private static Object fold(Fiber f, Object[] a, String[] k, String qual, SetOp op) {
        Args.noKeywords(qual, k);
        WeftSet acc = plain(self(a));
        for (int i = 1; i < a.length; i++) {
            acc = op.apply(acc, a[i]);
        }
        return acc == a[0] ? acc.copy(acc.isFrozen()) : acc;
    }

    /** Later difference() arguments discard from the running result in place. */
    private static WeftSet discardAll(Fiber f, WeftSet acc, Object other) {
        if (other instanceof WeftSet s) {
            SetOps.differenceUpdate(f, acc, s);
            return acc;
        }
        Object it = Iter.iter(f, other);
        for (Object v = Iter.next(f, it); v != null;
                v = Iter.next(f, it)) {
            acc.discard(f, v);
        }
        acc.compactIfSparse();
        return acc;
    }

    /** self as a plain set or frozenset (a subclass instance is copied). */
    private static WeftSet plain(WeftSet s) {
        return s.exact() ? s : s.copy(s.isFrozen());
    }

    static WeftSet self(Object[] a) {
        return (WeftSet) a[0];
    }

    /** Any iterable as a set (sets themselves as they are). */
    static WeftSet other(Fiber f, Object o) {
        return o instanceof WeftSet s ? s : SetOps.of(f, o, false);
    }
}
