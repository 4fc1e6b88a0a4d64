// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Hashing;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Sequences;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftStaticMethod;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.ArrayIterator;

/**
 * tuple's methods and special methods; like list's, they work on the Java array directly so
 * that instances of user subclasses (which dispatch here) never recurse.
 */
final class TupleMethods {
    private TupleMethods() {}

    static void install() {
        WeftType t = Types.TUPLE;
        TypeSetup.method(t, "count", (f, a, k) -> {
            Args.one("tuple.count", a, k);
            return ListMethods.count(f, self(a).items(), self(a).size(), a[1]);
        });
        TypeSetup.method(t, "index", (f, a, k) -> {
            Args.range("tuple.index", a, k, 1, 3);
            long i = ListMethods.indexIn(f, a, self(a).items(), self(a).size());
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return i;
        });
        t.define("__new__", new WeftStaticMethod(WeftBuiltin.function("__new__",
                TupleMethods::newTuple)));
        StrDunders.wrap(t, "__len__", 0, (f, a, k) -> (long) self(a).size());
        StrDunders.wrap(t, "__getitem__", 1, (f, a, k) -> Sequences.tupleGet(f, self(a), a[1]));
        StrDunders.wrap(t, "__contains__", 1, (f, a, k) ->
                Sequences.indexOf(f, self(a).items(), self(a).size(), a[1]) >= 0);
        StrDunders.wrap(t, "__iter__", 0, (f, a, k) ->
                new ArrayIterator(ArrayIterator.TUPLE, self(a).items(), self(a).size()));
        StrDunders.wrap(t, "__repr__", 0, (f, a, k) -> Reprs.builtinRepr(f, self(a)));
        StrDunders.wrap(t, "__hash__", 0, (f, a, k) -> Hashing.hashTuple(f,
                new WeftTuple(self(a).items())));
        StrDunders.wrap(t, "__getnewargs__", 0, (f, a, k) ->
                WeftTuple.of(new WeftTuple(self(a).items())));
        StrDunders.wrap(t, "__add__", 1, (f, a, k) -> {
            if (!(a[1] instanceof WeftTuple o)) {
                throw Errors.typeError("can only concatenate tuple (not \"" + Types.name(a[1])
                        + "\") to tuple");
            }
            Object[] r = new Object[self(a).size() + o.size()];
            System.arraycopy(self(a).items(), 0, r, 0, self(a).size());
            System.arraycopy(o.items(), 0, r, self(a).size(), o.size());
            return new WeftTuple(r);
        });
        StrDunders.wrap(t, "__mul__", 1, TupleMethods::repeat);
        StrDunders.wrap(t, "__rmul__", 1, TupleMethods::repeat);
        ListDunders.comparisons(t, WeftTuple.class);
        ListDunders.classGetItem(t);
    }

    static WeftTuple self(Object[] a) {
        return (WeftTuple) a[0];
    }

    private static Object repeat(Fiber f, Object[] a, String[] k) {
        if (!Protocols.isIndex(a[1])) {
            return NOT_IMPLEMENTED;
        }
        Object n = IntOps.isInt(a[1]) ? a[1] : Protocols.index(f, a[1]);
        return Sequences.repeat(new WeftTuple(self(a).items()), n);
    }

    /** tuple.__new__(cls, iterable=()): how subclasses with their own __new__ build the tuple. */
    private static Object newTuple(Fiber f, Object[] a, String[] k) {
        if (a.length == 0 || !(a[0] instanceof WeftType cls)) {
            throw Errors.typeError("tuple.__new__(X): X is not a type object");
        }
        if (!cls.isSubtypeOf(Types.TUPLE)) {
            throw Errors.typeError("tuple.__new__(" + cls.name() + "): " + cls.name()
                    + " is not a subtype of tuple");
        }
        Object[] items = a.length > 1 ? Iter.toArray(f, a[1]) : new Object[0];
        WeftTuple tu = new WeftTuple(items);
        if (cls != Types.TUPLE) {
            tu.setType(cls);
        }
        return tu;
    }
}
