// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Compare;
import dev.weft.runtime.DictOps;
import dev.weft.runtime.Hashing;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Sequences;
import dev.weft.runtime.SetOps;
import dev.weft.runtime.Singleton;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftSet;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.Adapters;
import dev.weft.runtime.iter.ArrayIterator;
import dev.weft.runtime.iter.DictIterator;
import dev.weft.runtime.iter.ListIterator;
import dev.weft.runtime.iter.SetIterator;
import java.util.function.Function;

/**
 * The dunders of list, tuple, dict, set and frozenset that instances of user subclasses reach
 * through dunder dispatch (exact instances never get here: the runtime handles them in Java).
 * Each one does what the builtin type does, by looking at the instance as its builtin base:
 * {@code class Row(tuple)} compares, hashes, iterates and prints like a tuple.
 */
final class SubclassDunders {
    private SubclassDunders() {}

    private static final String[] COMPARISONS =
        {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    static void install() {
        list();
        tuple();
        dict();
        set(Types.SET);
        set(Types.FROZENSET);
    }

    private static void list() {
        WeftType t = Types.LIST;
        define(t, "__iter__", (f, a, k) -> new ListIterator(ListMethods.self(a)));
        define(t, "__reversed__", (f, a, k) -> new Adapters.Reversed(f, a[0]));
        define(t, "__delitem__", (f, a, k) -> {
            Sequences.listDel(f, ListMethods.self(a), a[1]);
            return WeftNone.NONE;
        });
        comparisons(t, o -> o instanceof WeftList l ? new WeftList(l.toArray()) : null);
        define(t, "__iadd__", (f, a, k) -> {
            Sequences.extend(f, ListMethods.self(a), a[1]);
            return a[0];
        });
        repeat(t, o -> exactList(o));
        define(t, "__imul__", (f, a, k) -> {
            WeftList self = ListMethods.self(a);
            if (!IntOps.isInt(a[1])) {
                return Singleton.NOT_IMPLEMENTED;
            }
            WeftList r = (WeftList) Sequences.repeat(exactList(self), a[1]);
            self.setContents(r.toArray(), r.size());
            return self;
        });
    }

    private static WeftList exactList(Object o) {
        return new WeftList(((WeftList) o).toArray());
    }

    private static void tuple() {
        WeftType t = Types.TUPLE;
        define(t, "__iter__", (f, a, k) -> {
            WeftTuple tu = TupleMethods.self(a);
            return new ArrayIterator(ArrayIterator.TUPLE, tu.items(), tu.size());
        });
        define(t, "__contains__", (f, a, k) -> {
            WeftTuple tu = TupleMethods.self(a);
            return Sequences.indexOf(f, tu.items(), tu.size(), a[1]) >= 0;
        });
        define(t, "__hash__", (f, a, k) -> Hashing.hashTuple(f, TupleMethods.self(a)));
        define(t, "__repr__", (f, a, k) -> Reprs.builtinRepr(f, TupleMethods.self(a)));
        comparisons(t, o -> o instanceof WeftTuple tu ? WeftTuple.of(tu.toArray()) : null);
        define(t, "__add__", (f, a, k) -> a[1] instanceof WeftTuple o
                ? Ops.binary(f, Ops.ADD, exactTuple(a[0]), exactTuple(o))
                : Singleton.NOT_IMPLEMENTED);
        repeat(t, o -> exactTuple(o));
    }

    private static WeftTuple exactTuple(Object o) {
        return WeftTuple.of(((WeftTuple) o).toArray());
    }

    private static void dict() {
        WeftType t = Types.DICT;
        define(t, "__iter__", (f, a, k) ->
                new DictIterator(DictMethods.self(a), DictIterator.KEYS));
        define(t, "__reversed__", (f, a, k) ->
                new Adapters.Reversed(f, new WeftList(Iter.toArray(f,
                        new DictIterator(DictMethods.self(a), DictIterator.KEYS)))));
        define(t, "__repr__", (f, a, k) -> Reprs.builtinRepr(f, DictMethods.self(a)));
        define(t, "__delitem__", (f, a, k) -> {
            if (DictMethods.self(a).remove(f, a[1]) == null) {
                throw dev.weft.runtime.Errors.keyError(a[1]);
            }
            return WeftNone.NONE;
        });
        define(t, "__eq__", (f, a, k) -> a[1] instanceof WeftDict o
                ? (Object) DictOps.equal(f, DictMethods.self(a), o) : Singleton.NOT_IMPLEMENTED);
        define(t, "__ne__", (f, a, k) -> a[1] instanceof WeftDict o
                ? (Object) !DictOps.equal(f, DictMethods.self(a), o) : Singleton.NOT_IMPLEMENTED);
        define(t, "__or__", (f, a, k) -> {
            if (!(a[1] instanceof WeftDict)) {
                return Singleton.NOT_IMPLEMENTED;
            }
            WeftDict r = exactDict(f, a[0]);
            DictOps.update(f, r, a[1]);
            return r;
        });
        define(t, "__ror__", (f, a, k) -> {
            if (!(a[1] instanceof WeftDict)) {
                return Singleton.NOT_IMPLEMENTED;
            }
            WeftDict r = exactDict(f, a[1]);
            DictOps.update(f, r, a[0]);
            return r;
        });
        define(t, "__ior__", (f, a, k) -> {
            DictOps.update(f, DictMethods.self(a), a[1]);
            return a[0];
        });
    }

    private static WeftDict exactDict(Fiber f, Object o) {
        return ((WeftDict) o).copy();
    }

    private static void set(WeftType t) {
        define(t, "__iter__", (f, a, k) -> new SetIterator((WeftSet) a[0]));
        define(t, "__repr__", (f, a, k) -> Reprs.builtinRepr(f, a[0]));
        comparisons(t, o -> o instanceof WeftSet s ? s.copy(s.isFrozen()) : null);
        if (t == Types.FROZENSET) {
            define(t, "__hash__", (f, a, k) ->
                    Hashing.pyHash(f, ((WeftSet) a[0]).copy(true)));
        }
        String[] ops = {"__or__", "__and__", "__sub__", "__xor__"};
        int[] codes = {Ops.OR, Ops.AND, Ops.SUB, Ops.XOR};
        for (int i = 0; i < ops.length; i++) {
            int op = codes[i];
            define(t, ops[i], (f, a, k) -> a[1] instanceof WeftSet o
                    ? Ops.binary(f, op, ((WeftSet) a[0]).copy(((WeftSet) a[0]).isFrozen()),
                            o.copy(o.isFrozen()))
                    : Singleton.NOT_IMPLEMENTED);
        }
    }

    /**
     * Defines a dunder unless the type's own method table already has one: the types' own
     * dunders (ListDunders, StrDunders...) are exact, these only fill the gaps.
     */
    private static void define(WeftType t, String name, dev.weft.runtime.NativeCode code) {
        if (t.dict().getStr(name) == null) {
            TypeSetup.method(t, name, code);
        }
    }

    /** The six rich comparisons through {@code exact}, which is null for a foreign operand. */
    private static void comparisons(WeftType t, Function<Object, Object> exact) {
        for (int op = 0; op < COMPARISONS.length; op++) {
            int code = op;
            define(t, COMPARISONS[op], (f, a, k) -> {
                Object x = exact.apply(a[0]);
                Object y = exact.apply(a[1]);
                return x == null || y == null ? Singleton.NOT_IMPLEMENTED
                        : Compare.rich(f, code, x, y);
            });
        }
    }

    /** {@code seq * n} and {@code n * seq}, giving the builtin type. */
    private static void repeat(WeftType t, Function<Object, Object> exact) {
        for (String name : new String[] {"__mul__", "__rmul__"}) {
            define(t, name, (f, a, k) -> IntOps.isInt(a[1])
                    ? Sequences.repeat(exact.apply(a[0]), a[1]) : Singleton.NOT_IMPLEMENTED);
        }
    }
}
