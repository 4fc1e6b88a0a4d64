// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Iter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** The operator module: the operators as functions, and itemgetter/attrgetter/methodcaller. */
final class OperatorModule {
    private OperatorModule() {}

    private static final String[] BINARY = {"add", "sub", "mul", "matmul", "truediv",
        "floordiv", "mod", "pow", "lshift", "rshift", "or_", "xor", "and_"};
    private static final String[] COMPARE = {"lt", "le", "eq", "ne", "gt", "ge"};

    static final WeftType ITEMGETTER = JavaClass.make("operator", "itemgetter", Types.OBJECT);
    static final WeftType ATTRGETTER = JavaClass.make("operator", "attrgetter", Types.OBJECT);
    static final WeftType METHODCALLER = JavaClass.make("operator", "methodcaller",
            Types.OBJECT);

    /** An itemgetter, attrgetter or methodcaller: what it fetches, and how it prints. */
    record Getter(WeftType type, Object[] keys, WeftDict kwargs) implements WeftObject {}

    static {
        JavaClass.constructor(ITEMGETTER, (t, a, k) -> {
            atLeastOne("itemgetter", a, k);
            return new Getter(ITEMGETTER, rest(a), null);
        });
        JavaClass.constructor(ATTRGETTER, (t, a, k) -> {
            atLeastOne("attrgetter", a, k);
            for (Object name : rest(a)) {
                if (dev.weft.runtime.ValueInstance.str(name) == null) {
                    throw Errors.typeError("attribute name must be a string");
                }
            }
            return new Getter(ATTRGETTER, rest(a), null);
        });
        JavaClass.constructor(METHODCALLER, (t, a, k) -> {
            int nkw = k == null ? 0 : k.length;
            if (a.length - nkw < 2) {
                throw Errors.typeError("methodcaller needs at least one argument, the method"
                        + " name");
            }
            if (dev.weft.runtime.ValueInstance.str(a[1]) == null) {
                throw Errors.typeError("method name must be a string");
            }
            WeftDict kw = new WeftDict();
            for (int i = 0; i < nkw; i++) {
                kw.putStr(k[i], a[a.length - nkw + i]);
            }
            return new Getter(METHODCALLER, java.util.Arrays.copyOfRange(a, 1,
                    a.length - nkw), kw);
        });
        for (WeftType type : new WeftType[] {ITEMGETTER, ATTRGETTER, METHODCALLER}) {
            JavaClass.method(type, "__call__", OperatorModule::callGetter);
            JavaClass.method(type, "__repr__", OperatorModule::reprGetter);
        }
    }

    private static void atLeastOne(String name, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (a.length < 2) {
            throw Errors.typeError(name + " expected 1 argument, got 0");
        }
    }

    private static Object[] rest(Object[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        for (int op = 0; op < BINARY.length; op++) {
            int code = op;
            String name = BINARY[op];
            fn(d, name, (t, a, k) -> {
                Args.positional(name, a, k, 2, 2);
                return Ops.binary(t, code, a[0], a[1]);
            });
            String iname = "i" + name.replace("_", "");
            fn(d, iname, (t, a, k) -> {
                Args.positional(iname, a, k, 2, 2);
                return Ops.inplace(t, code, a[0], a[1]);
            });
        }
        for (int op = 0; op < COMPARE.length; op++) {
            int code = op;
            String name = COMPARE[op];
            fn(d, name, (t, a, k) -> {
                Args.positional(name, a, k, 2, 2);
                return Compare.rich(t, code, a[0], a[1]);
            });
        }
        unary(d, "neg", Ops::neg);
        unary(d, "pos", Ops::pos);
        unary(d, "abs", Ops::abs);
        unary(d, "invert", Ops::invert);
        unary(d, "inv", Ops::invert);
        unary(d, "not_", (t, x) -> !Truth.isTrue(t, x));
        unary(d, "truth", (t, x) -> Truth.isTrue(t, x));
        unary(d, "index", Args::toIndex);
        sequences(d);
        d.putStr("itemgetter", ITEMGETTER);
        d.putStr("attrgetter", ATTRGETTER);
        d.putStr("methodcaller", METHODCALLER);
        aliases(d);
    }

    private static void sequences(WeftDict d) {
        fn(d, "is_", (t, a, k) -> two("is_", a, k) && a[0] == a[1]);
        fn(d, "is_not", (t, a, k) -> two("is_not", a, k) && a[0] != a[1]);
        fn(d, "contains", (t, a, k) -> two("contains", a, k)
                && Protocols.contains(t, a[0], a[1]));
        fn(d, "getitem", (t, a, k) -> two("getitem", a, k) ? Protocols.getItem(t, a[0], a[1])
                : null);
        fn(d, "setitem", (t, a, k) -> {
            Args.positional("setitem", a, k, 3, 3);
            Protocols.setItem(t, a[0], a[1], a[2]);
            return WeftNone.NONE;
        });
        fn(d, "delitem", (t, a, k) -> {
            two("delitem", a, k);
            Protocols.delItem(t, a[0], a[1]);
            return WeftNone.NONE;
        });
        fn(d, "concat", (t, a, k) -> two("concat", a, k) ? Ops.binary(t, Ops.ADD, a[0], a[1])
                : null);
        fn(d, "iconcat", (t, a, k) -> two("iconcat", a, k)
                ? Ops.inplace(t, Ops.ADD, a[0], a[1]) : null);
        fn(d, "countOf", (t, a, k) -> {
            two("countOf", a, k);
            long n = 0;
            for (Object v : Iter.toArray(t, a[0])) {
                n += Compare.eq(t, v, a[1]) ? 1 : 0;
            }
            return n;
        });
        fn(d, "indexOf", (t, a, k) -> {
            two("indexOf", a, k);
            Object[] items = Iter.toArray(t, a[0]);
            for (int i = 0; i < items.length; i++) {
                if (Compare.eq(t, items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        fn(d, "length_hint", OperatorModule::lengthHint);
        fn(d, "call", (t, a, k) -> {
            if (a.length == 0) {
                throw Errors.typeError("call() missing 1 required positional argument: 'obj'");
            }
            return Calls.callDirect(t, a[0], rest(a), k);
        });
    }

    /** The dunder spellings: operator.__add__ is operator.add, and so on. */
    private static void aliases(WeftDict d) {
        String[] names = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
            "lshift", "rshift", "or_", "xor", "and_", "lt", "le", "eq", "ne", "gt", "ge", "neg",
            "pos", "abs", "invert", "inv", "not_", "index", "contains", "getitem", "setitem",
            "delitem", "concat"};
        for (String n : names) {
            d.putStr("__" + n.replace("_", "") + "__", d.getStr(n));
        }
    }

    private static Object lengthHint(Fiber t, Object[] a, String[] k) {
        Args.positional("length_hint", a, k, 1, 2);
        Object dflt = a.length > 1 ? a[1] : 0L;
        try {
            return Protocols.len(t, a[0]);
        } catch (dev.weft.runtime.WeftError e) {
            if (!e.isInstance(dev.weft.runtime.ErrorTypes.TYPE_ERROR)) {
                throw e;
            }
        }
        if (a[0] instanceof WeftIterator it && it.lengthHint() >= 0) {
            return (long) it.lengthHint();
        }
        Object hint = Attrs.lookup(t, a[0], "__length_hint__");
        return hint == null ? dflt : Calls.callDirect(t, hint);
    }

    private static boolean two(String name, Object[] a, String[] k) {
        Args.positional(name, a, k, 2, 2);
        return true;
    }

    private static Object callGetter(Fiber t, Object[] a, String[] k) {
        Getter g = (Getter) a[0];
        Object[] args = rest(a);
        if (g.type == METHODCALLER) {
            Args.positional("methodcaller", args, k, 1, 1);
            Object method = Attrs.get(t, args[0], dev.weft.runtime.ValueInstance.str(g.keys[0]));
            WeftDict kw = g.kwargs;
            Object[] call = new Object[g.keys.length - 1 + kw.size()];
            String[] names = kw.size() == 0 ? null : new String[kw.size()];
            System.arraycopy(g.keys, 1, call, 0, g.keys.length - 1);
            int i = 0;
            for (int e = 0; e < kw.end(); e++) {
                if (kw.keyAt(e) != null) {
                    names[i] = (String) kw.keyAt(e);
                    call[g.keys.length - 1 + i++] = kw.valueAt(e);
                }
            }
            return Calls.callDirect(t, method, call, names);
        }
        Args.positional(g.type.name(), args, k, 1, 1);
        if (g.keys.length == 1) {
            return fetch(t, g, args[0], g.keys[0]);
        }
        Object[] out = new Object[g.keys.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fetch(t, g, args[0], g.keys[i]);
        }
        return WeftTuple.of(out);
    }

    private static Object fetch(Fiber t, Getter g, Object obj, Object key) {
        if (g.type == ITEMGETTER) {
            return Protocols.getItem(t, obj, key);
        }
        Object v = obj;
        for (String part : dev.weft.runtime.ValueInstance.str(key).split("\\.")) {
            v = Attrs.get(t, v, part);
        }
        return v;
    }

    private static Object reprGetter(Fiber t, Object[] a, String[] k) {
        Getter g = (Getter) a[0];
        StringBuilder sb = new StringBuilder("operator.").append(g.type.name()).append('(');
        for (int i = 0; i < g.keys.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Reprs.repr(t, g.keys[i]));
        }
        if (g.kwargs != null) {
            for (int e = 0; e < g.kwargs.end(); e++) {
                if (g.kwargs.keyAt(e) != null) {
                    sb.append(", ").append(g.kwargs.keyAt(e)).append('=')
                            .append(Reprs.repr(t, g.kwargs.valueAt(e)));
                }
            }
        }
        return sb.append(')').toString();
    }

    /** A function of one argument. */
    @FunctionalInterface
    private interface Unary {
        Object apply(Fiber t, Object x);
    }

    private static void unary(WeftDict d, String name, Unary f) {
        fn(d, name, (t, a, k) -> {
            Args.positional(name, a, k, 1, 1);
            return f.apply(t, a[0]);
        });
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }
}
