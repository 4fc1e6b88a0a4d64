// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * The methods of {@code type}, the default metaclass: making a class ({@code __new__}),
 * calling one ({@code __call__}), the isinstance/issubclass hooks and class attribute
 * assignment. A metaclass overrides them; the runtime compares against these to skip the
 * script-level call when it does not.
 */
public final class TypeMethods {
    private TypeMethods() {}

    public static final WeftBuiltin NEW = WeftBuiltin.function("__new__", TypeMethods::newClass)
            .ownedBy(Types.TYPE);
    public static final WeftBuiltin INIT = method("__init__", TypeMethods::init);
    public static final WeftBuiltin CALL = WeftBuiltin.cpsMethod("__call__", (t, site, a, k) -> {
        if (a.length == 0 || !(a[0] instanceof WeftType cls)) {
            throw Errors.typeError("descriptor '__call__' requires a 'type' object but received"
                    + (a.length == 0 ? " no arguments" : " a '" + Types.name(a[0]) + "'"));
        }
        Object[] rest = new Object[a.length - 1];
        System.arraycopy(a, 1, rest, 0, rest.length);
        return Construct.call(t, site, cls, rest, k);
    }).ownedBy(Types.TYPE);
    public static final WeftBuiltin PREPARE = WeftBuiltin.function("__prepare__",
            (t, a, k) -> new WeftDict()).ownedBy(Types.TYPE);
    public static final WeftBuiltin INSTANCECHECK = method("__instancecheck__", (t, a, k) -> {
        Args.exactly("__instancecheck__", a, k, 1);
        return Instances.isInstance(t, a[1], (WeftType) a[0]);
    });
    public static final WeftBuiltin SUBCLASSCHECK = method("__subclasscheck__", (t, a, k) -> {
        Args.exactly("__subclasscheck__", a, k, 1);
        return Instances.isSubclass(a[1], (WeftType) a[0]);
    });
    public static final WeftBuiltin SETATTR = method("__setattr__", (t, a, k) -> {
        Args.exactly("__setattr__", a, k, 2);
        Attrs.setClassAttr(t, (WeftType) a[0], ObjectMethods.attrName(a[1]), a[2]);
        return WeftNone.NONE;
    });
    public static final WeftBuiltin DELATTR = method("__delattr__", (t, a, k) -> {
        Args.exactly("__delattr__", a, k, 1);
        Attrs.deleteClassAttr((WeftType) a[0], ObjectMethods.attrName(a[1]));
        return WeftNone.NONE;
    });
    public static final WeftBuiltin REPR = method("__repr__", (t, a, k) -> {
        Args.exactly("__repr__", a, k, 0);
        return a[0].toString();
    });

    private static WeftBuiltin method(String name, NativeCode code) {
        NativeCode checked = (t, a, k) -> {
            if (a.length == 0 || !(a[0] instanceof WeftType)) {
                throw Errors.typeError("descriptor '" + name + "' for 'type' objects doesn't"
                        + " apply to a '" + (a.length == 0 ? "NoneType" : Types.name(a[0]))
                        + "' object");
            }
            return code.call(t, a, k);
        };
        return WeftBuiltin.method(name, checked).ownedBy(Types.TYPE);
    }

    /** Puts the methods into {@code type}'s dictionary. */
    public static void register() {
        WeftType t = Types.TYPE;
        t.define("__new__", new WeftStaticMethod(NEW));
        t.define("__prepare__", new WeftClassMethod(PREPARE));
        for (WeftBuiltin b : new WeftBuiltin[] {INIT, CALL, INSTANCECHECK, SUBCLASSCHECK, SETATTR,
                DELATTR, REPR}) {
            t.define(b.name(), b);
        }
        Abstracts.register();
    }

    /** {@code type.__new__(meta, name, bases, namespace, **kwargs)}. */
    public static Object newClass(Fiber t, Object[] a, String[] k) {
        if (a.length == 0) {
            throw Errors.typeError("type.__new__(): not enough arguments");
        }
        if (!(a[0] instanceof WeftType meta)) {
            throw Errors.typeError("type.__new__(X): X is not a type object ("
                    + Types.name(a[0]) + ")");
        }
        if (!meta.isSubtypeOf(Types.TYPE)) {
            throw Errors.typeError("type.__new__(" + meta.name() + "): " + meta.name()
                    + " is not a subtype of type");
        }
        int nk = k == null ? 0 : k.length;
        int positional = a.length - 1 - nk;
        if (positional != 3) {
            throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + positional
                    + " given)");
        }
        if (!(a[1] instanceof String name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not "
                    + Types.name(a[1]));
        }
        if (!(a[2] instanceof WeftTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not "
                    + Types.name(a[2]));
        }
        if (!(a[3] instanceof WeftDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not "
                    + Types.name(a[3]));
        }
        WeftType winner = Metaclasses.winner(meta, bases);
        if (winner != meta) {
            Object wn = winner.lookup("__new__");
            if (wn instanceof WeftStaticMethod sm && sm.function != NEW) {
                Object[] args = a.clone();
                args[0] = winner;
                return Calls.callDirect(t, sm.function, args, k);
            }
        }
        WeftDict kw = null;
        if (nk > 0) {
            kw = new WeftDict();
            for (int i = 0; i < nk; i++) {
                kw.putStr(k[i], a[4 + i]);
            }
        }
        return ClassMaker.make(t, winner, name, bases, ns, kw);
    }

    /** {@code type.__init__}: nothing to do, but the argument count is still checked. */
    private static Object init(Fiber t, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int positional = a.length - 1 - nk;
        if (positional == 1 && nk > 0) {
            throw Errors.typeError("type.__init__() takes no keyword arguments");
        }
        if (positional != 1 && positional != 3) {
            throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return WeftNone.NONE;
    }

    /** Argument checks for type's methods, with CPython's wording. */
    private static final class Args {
        private Args() {}

        static void exactly(String name, Object[] a, String[] k, int n) {
            if (k != null && k.length > 0) {
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
            if (a.length - 1 != n) {
                throw Errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s")
                        + ", got " + (a.length - 1));
            }
        }
    }
}
