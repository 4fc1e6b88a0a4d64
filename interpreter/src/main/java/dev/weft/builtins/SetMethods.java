// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.SetOps;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftSet;
import dev.weft.runtime.WeftType;

/** set's and frozenset's methods. */
final class SetMethods {
    private SetMethods() {}

    static void install() {
        for (WeftType t : new WeftType[] {Types.SET, Types.FROZENSET}) {
            TypeSetup.method(t, "union", (f, a, k) -> fold(f, a, (x, y) -> SetOps.union(f, x, y)));
            TypeSetup.method(t, "intersection", (f, a, k) ->
                    fold(f, a, (x, y) -> SetOps.intersection(f, x, y)));
            TypeSetup.method(t, "difference", (f, a, k) ->
                    fold(f, a, (x, y) -> SetOps.difference(f, x, y)));
            TypeSetup.method(t, "symmetric_difference", (f, a, k) ->
                    SetOps.symmetricDifference(f, self(a), other(f, a[1])));
            TypeSetup.method(t, "issubset", (f, a, k) -> SetOps.isSubset(f, self(a), other(f, a[1])));
            TypeSetup.method(t, "issuperset", (f, a, k) ->
                    SetOps.isSubset(f, other(f, a[1]), self(a)));
            TypeSetup.method(t, "isdisjoint", (f, a, k) ->
                    SetOps.intersection(f, self(a), other(f, a[1])).size() == 0);
            TypeSetup.method(t, "copy", (f, a, k) -> self(a).copy(self(a).isFrozen()));
            TypeSetup.method(t, "__len__", (f, a, k) -> (long) self(a).size());
            TypeSetup.method(t, "__contains__", (f, a, k) -> self(a).contains(f, a[1]));
        }
        WeftType s = Types.SET;
        TypeSetup.method(s, "add", (f, a, k) -> {
            Sig.exactly("set.add", a, k, 2);
            self(a).add(f, a[1]);
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "remove", (f, a, k) -> {
            Sig.exactly("set.remove", a, k, 2);
            if (!self(a).discard(f, a[1])) {
                throw Errors.keyError(a[1]);
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "discard", (f, a, k) -> {
            Sig.exactly("set.discard", a, k, 2);
            self(a).discard(f, a[1]);
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "pop", (f, a, k) -> {
            Object v = self(a).pop();
            if (v == null) {
                throw Errors.of(ErrorTypes.KEY_ERROR, "pop from an empty set");
            }
            return v;
        });
        TypeSetup.method(s, "__init__", (f, a, k) -> {
            self(a).clear();
            if (a.length > 1) {
                SetOps.update(f, self(a), a[1]);
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "clear", (f, a, k) -> {
            self(a).clear();
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "update", (f, a, k) -> {
            for (int i = 1; i < a.length; i++) {
                SetOps.update(f, self(a), a[i]);
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "difference_update", (f, a, k) -> {
            for (int i = 1; i < a.length; i++) {
                SetOps.differenceUpdate(f, self(a), other(f, a[i]));
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "intersection_update", (f, a, k) -> {
            WeftSet r = (WeftSet) fold(f, a, (x, y) -> SetOps.intersection(f, x, y));
            self(a).clear();
            self(a).merge(f, r);
            return WeftNone.NONE;
        });
        TypeSetup.method(s, "symmetric_difference_update", (f, a, k) -> {
            SetOps.symmetricDifferenceUpdate(f, self(a), other(f, a[1]));
            return WeftNone.NONE;
        });
    }

    interface SetOp {
        WeftSet apply(WeftSet a, WeftSet b);
    }

    private static Object fold(Fiber f, Object[] a, SetOp op) {
        WeftSet acc = self(a);
        if (a.length == 1) {
            return acc.copy(acc.isFrozen());
        }
        for (int i = 1; i < a.length; i++) {
            acc = op.apply(acc, other(f, a[i]));
        }
        return acc;
    }

    static WeftSet self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof WeftSet s)) {
            throw Errors.typeError("descriptor requires a 'set' object");
        }
        return s;
    }

    private static WeftSet other(Fiber f, Object o) {
        return o instanceof WeftSet s ? s : SetOps.of(f, o, false);
    }
}
