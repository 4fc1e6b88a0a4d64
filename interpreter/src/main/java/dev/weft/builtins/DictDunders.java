// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.runtime.Compare;
import dev.weft.runtime.DictOps;
import dev.weft.runtime.DictView;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.ViewOps;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.Adapters;
import dev.weft.runtime.iter.DictIterator;

/**
 * dict's special methods, and those of its keys/values/items views. As for list, each works
 * on the hash table directly: a dict subclass instance dispatches here.
 */
final class DictDunders {
    private DictDunders() {}

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__",
        "__ge__"};

    static void install(WeftType t) {
        StrDunders.wrap(t, "__len__", 0, (f, a, k) -> (long) self(a).size());
        StrDunders.wrap(t, "__getitem__", 1, (f, a, k) -> DictOps.getItem(f, self(a), a[1]));
        StrDunders.wrap(t, "__setitem__", 2, (f, a, k) -> {
            self(a).put(f, a[1], a[2]);
            return WeftNone.NONE;
        });
        StrDunders.wrap(t, "__delitem__", 1, (f, a, k) -> {
            if (self(a).remove(f, a[1]) == null) {
                throw Errors.keyError(a[1]);
            }
            return WeftNone.NONE;
        });
        StrDunders.wrap(t, "__contains__", 1, (f, a, k) -> self(a).containsKey(f, a[1]));
        StrDunders.wrap(t, "__iter__", 0, (f, a, k) ->
                new DictIterator(self(a), DictIterator.KEYS));
        StrDunders.wrap(t, "__reversed__", 0, (f, a, k) -> reversed(f, self(a),
                DictIterator.KEYS));
        StrDunders.wrap(t, "__repr__", 0, (f, a, k) -> Reprs.builtinRepr(f, self(a)));
        StrDunders.wrap(t, "__or__", 1, (f, a, k) -> {
            if (!(a[1] instanceof WeftDict o)) {
                return NOT_IMPLEMENTED;
            }
            WeftDict r = self(a).copy();
            DictOps.update(f, r, o);
            return r;
        });
        StrDunders.wrap(t, "__ror__", 1, (f, a, k) -> {
            if (!(a[1] instanceof WeftDict o)) {
                return NOT_IMPLEMENTED;
            }
            WeftDict r = o.copy();
            DictOps.update(f, r, self(a));
            return r;
        });
        StrDunders.wrap(t, "__ior__", 1, (f, a, k) -> {
            DictOps.update(f, self(a), a[1]);
            return a[0];
        });
        for (int op = 0; op < CMP.length; op++) {
            boolean eq = op == Compare.EQ;
            boolean ordered = op != Compare.EQ && op != Compare.NE;
            StrDunders.wrap(t, CMP[op], 1, (f, a, k) -> ordered || !(a[1] instanceof WeftDict o)
                    ? NOT_IMPLEMENTED : DictOps.equal(f, self(a), o) == eq);
        }
        t.define("__hash__", WeftNone.NONE);
        ListDunders.classGetItem(t);
        views();
    }

    private static WeftDict self(Object[] a) {
        return (WeftDict) a[0];
    }

    /** reversed(d) and reversed(view): a snapshot walked from the end. */
    private static Object reversed(dev.weft.cps.Fiber f, WeftDict d, int kind) {
        Object[] items = Iter.toArray(f, new DictView(d, kind));
        return new Adapters.Reversed(f, new WeftList(items));
    }

    private static void views() {
        for (WeftType vt : new WeftType[] {Types.DICT_KEYS, Types.DICT_VALUES,
                Types.DICT_ITEMS}) {
            StrDunders.wrap(vt, "__len__", 0, (f, a, k) -> (long) view(a).dict().size());
            StrDunders.wrap(vt, "__iter__", 0, (f, a, k) ->
                    new DictIterator(view(a).dict(), view(a).kind()));
            StrDunders.wrap(vt, "__reversed__", 0, (f, a, k) ->
                    reversed(f, view(a).dict(), view(a).kind()));
            StrDunders.wrap(vt, "__contains__", 1, (f, a, k) -> view(a).contains(f, a[1]));
            StrDunders.wrap(vt, "__repr__", 0, (f, a, k) -> view(a).repr(f));
            if (vt != Types.DICT_VALUES) {
                TypeSetup.method(vt, "isdisjoint", (f, a, k) -> {
                    Args.one(vt.name() + ".isdisjoint", a, k);
                    return ViewOps.isDisjoint(f, view(a), a[1]);
                });
                vt.define("__hash__", WeftNone.NONE);
            }
        }
    }

    private static DictView view(Object[] a) {
        return (DictView) a[0];
    }
}
