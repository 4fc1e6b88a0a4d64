// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Sequences;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.Adapters;
import dev.weft.runtime.iter.ListIterator;

/**
 * list's special methods. Instances of user subclasses reach list behaviour only through these
 * (the runtime's fast paths are for exact lists), so each works on the Java array directly and
 * never goes back through the generic protocol, which would dispatch here again.
 */
final class ListDunders {
    private ListDunders() {}

    static void install(WeftType t) {
        StrDunders.wrap(t, "__len__", 0, (f, a, k) -> (long) self(a).size());
        StrDunders.wrap(t, "__getitem__", 1, (f, a, k) -> Sequences.listGet(f, self(a), a[1]));
        StrDunders.wrap(t, "__setitem__", 2, (f, a, k) -> {
            Sequences.listSet(f, self(a), a[1], a[2]);
            return WeftNone.NONE;
        });
        StrDunders.wrap(t, "__delitem__", 1, (f, a, k) -> {
            Sequences.listDel(f, self(a), a[1]);
            return WeftNone.NONE;
        });
        StrDunders.wrap(t, "__contains__", 1, (f, a, k) ->
                Sequences.indexOf(f, self(a).array(), self(a).size(), a[1]) >= 0);
        StrDunders.wrap(t, "__iter__", 0, (f, a, k) -> new ListIterator(self(a)));
        StrDunders.wrap(t, "__reversed__", 0, (f, a, k) -> new Adapters.Reversed(f, self(a)));
        StrDunders.wrap(t, "__repr__", 0, (f, a, k) -> Reprs.builtinRepr(f, self(a)));
        StrDunders.wrap(t, "__add__", 1, (f, a, k) -> {
            if (!(a[1] instanceof WeftList o)) {
                throw Errors.typeError("can only concatenate list (not \"" + Types.name(a[1])
                        + "\") to list");
            }
            WeftList r = new WeftList(self(a).toArray());
            r.addAll(o.array(), o.size());
            return r;
        });
        StrDunders.wrap(t, "__iadd__", 1, (f, a, k) -> {
            Sequences.extend(f, self(a), a[1]);
            return a[0];
        });
        StrDunders.wrap(t, "__mul__", 1, (f, a, k) -> repeat(f, a));
        StrDunders.wrap(t, "__rmul__", 1, (f, a, k) -> repeat(f, a));
        StrDunders.wrap(t, "__imul__", 1, (f, a, k) -> {
            Object r = repeat(f, a);
            if (r == NOT_IMPLEMENTED) {
                return r;
            }
            Object[] items = ((WeftList) r).toArray();
            self(a).setContents(items, items.length);
            return a[0];
        });
        comparisons(t, WeftList.class);
        t.define("__hash__", WeftNone.NONE);
        classGetItem(t);
    }

    private static WeftList self(Object[] a) {
        return (WeftList) a[0];
    }

    /** {@code self * n} as a plain list; NotImplemented when n is not an index. */
    private static Object repeat(Fiber f, Object[] a) {
        if (!Protocols.isIndex(a[1])) {
            return NOT_IMPLEMENTED;
        }
        Object n = IntOps.isInt(a[1]) ? a[1] : Protocols.index(f, a[1]);
        return Sequences.repeat(new WeftList(self(a).toArray()), n);
    }

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__",
        "__ge__"};

    /** Lexicographic comparisons with any list (or tuple) of any subtype. */
    static void comparisons(WeftType t, Class<?> kind) {
        for (int op = 0; op < CMP.length; op++) {
            int o = op;
            StrDunders.wrap(t, CMP[op], 1, (f, a, k) -> {
                if (!kind.isInstance(a[1])) {
                    return NOT_IMPLEMENTED;
                }
                Object[] x = items(a[0]);
                Object[] y = items(a[1]);
                return Compare.sequences(f, o, x, size(a[0]), y, size(a[1]));
            });
        }
    }

    private static Object[] items(Object o) {
        return o instanceof WeftList l ? l.array() : ((dev.weft.runtime.WeftTuple) o).items();
    }

    private static int size(Object o) {
        return o instanceof WeftList l ? l.size() : ((dev.weft.runtime.WeftTuple) o).size();
    }

    /** {@code list[int]} in annotations: the class itself stands in for the generic alias. */
    static void classGetItem(WeftType t) {
        TypeSetup.classMethod(t, "__class_getitem__",
                (f, a, k) -> new dev.weft.runtime.WeftGenericAlias(a[0], a[1]));
    }
}
