// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;

/**
 * The methods of {@code object}, the root every class inherits. The runtime compares against
 * these to tell "the class overrides it" from "inherited default" without calling anything.
 */
public final class ObjectMethods {
    private ObjectMethods() {}

    public static final WeftBuiltin INIT = method("__init__", (t, a, k) -> WeftNone.NONE);
    public static final WeftBuiltin NEW = WeftBuiltin.function("__new__", ObjectMethods::newObject);
    public static final WeftBuiltin EQ = method("__eq__",
            (t, a, k) -> need(a, 2, "__eq__") && a[0] == a[1] ? Boolean.TRUE : NOT_IMPLEMENTED);
    public static final WeftBuiltin NE = method("__ne__", ObjectMethods::ne);
    /** object's ordering methods: they exist (CPython has them) but never answer. */
    public static final WeftBuiltin LT = unordered("__lt__");
    public static final WeftBuiltin LE = unordered("__le__");
    public static final WeftBuiltin GT = unordered("__gt__");
    public static final WeftBuiltin GE = unordered("__ge__");
    public static final WeftBuiltin HASH = method("__hash__",
            (t, a, k) -> need(a, 1, "__hash__") ? Hashing.identity(a[0]) : null);
    public static final WeftBuiltin REPR = method("__repr__",
            (t, a, k) -> need(a, 1, "__repr__") ? defaultRepr(t, a[0]) : null);
    public static final WeftBuiltin STR = method("__str__",
            (t, a, k) -> need(a, 1, "__str__") ? Reprs.repr(t, a[0]) : null);
    public static final WeftBuiltin SETATTR = method("__setattr__", ObjectMethods::setattr);
    public static final WeftBuiltin DELATTR = method("__delattr__", ObjectMethods::delattr);
    public static final WeftBuiltin GETATTRIBUTE = method("__getattribute__",
            ObjectMethods::getattribute);
    public static final WeftBuiltin FORMAT = method("__format__", ObjectMethods::format);

    private static WeftBuiltin unordered(String name) {
        return method(name, (t, a, k) -> need(a, 2, name) ? NOT_IMPLEMENTED : null);
    }

    /** True for object's own comparison methods, which mean "the class defines none". */
    public static boolean isDefaultComparison(Object f) {
        return f == EQ || f == NE || f == LT || f == LE || f == GT || f == GE;
    }

    private static WeftBuiltin method(String name, NativeCode code) {
        return WeftBuiltin.method(name, code).ownedBy(Types.OBJECT);
    }

    /** Puts the methods into {@code object}'s dictionary. */
    public static void register() {
        WeftType o = Types.OBJECT;
        for (WeftBuiltin b : new WeftBuiltin[] {INIT, EQ, NE, LT, LE, GT, GE, HASH, REPR, STR, SETATTR, DELATTR,
                GETATTRIBUTE, FORMAT}) {
            o.define(b.name(), b);
        }
        o.define("__new__", new WeftStaticMethod(NEW));
        o.define("__init_subclass__", new WeftClassMethod(
                WeftBuiltin.function("__init_subclass__", ObjectMethods::initSubclass)));
        o.define("__subclasshook__", new WeftClassMethod(WeftBuiltin.function(
                "__subclasshook__", (t, a, k) -> NOT_IMPLEMENTED)));
        o.define("__doc__", "The base class of the class hierarchy.");
    }

    private static boolean need(Object[] a, int n, String name) {
        if (a.length != n) {
            throw Errors.typeError("expected " + (n - 1) + " argument" + (n == 2 ? "" : "s")
                    + ", got " + (a.length - 1));
        }
        return true;
    }

    private static String defaultRepr(Fiber t, Object self) {
        if (self instanceof WeftError e) {
            return Reprs.errorRepr(t, e);
        }
        return Reprs.defaultRepr(self);
    }

    private static Object newObject(Fiber t, Object[] a, String[] k) {
        if (a.length == 0 || !(a[0] instanceof WeftType cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object");
        }
        Object[] rest = new Object[a.length - 1];
        System.arraycopy(a, 1, rest, 0, rest.length);
        if (cls.solidBase() == Types.OBJECT) {
            if (cls.isAbstract()) {
                throw Abstracts.cannotInstantiate(t, cls);
            }
            return new WeftInstance(cls);
        }
        return cls.factory().make(t, cls, rest, k);
    }

    /** {@code object.__init_subclass__}: the end of the chain, taking no arguments. */
    private static Object initSubclass(Fiber t, Object[] a, String[] k) {
        String owner = a.length > 0 && a[0] instanceof WeftType c ? c.name() + "." : "";
        if (k != null && k.length > 0) {
            throw Errors.typeError(owner + "__init_subclass__() takes no keyword arguments");
        }
        if (a.length > 1) {
            throw Errors.typeError(owner + "__init_subclass__() takes no arguments ("
                    + (a.length - 1) + " given)");
        }
        return WeftNone.NONE;
    }

    private static Object ne(Fiber t, Object[] a, String[] k) {
        need(a, 2, "__ne__");
        Object eq = Types.of(a[0]).lookup("__eq__");
        Object r = eq == EQ ? (a[0] == a[1] ? Boolean.TRUE : NOT_IMPLEMENTED)
                : Calls.callDirect(t, eq, a[0], a[1]);
        return r == NOT_IMPLEMENTED ? r : Truth.of(!Truth.isTrue(t, r));
    }

    private static Object setattr(Fiber t, Object[] a, String[] k) {
        need(a, 3, "__setattr__");
        Attrs.genericSet(t, a[0], attrName(a[1]), a[2]);
        return WeftNone.NONE;
    }

    private static Object delattr(Fiber t, Object[] a, String[] k) {
        need(a, 2, "__delattr__");
        Attrs.genericDelete(t, a[0], attrName(a[1]));
        return WeftNone.NONE;
    }

    private static Object getattribute(Fiber t, Object[] a, String[] k) {
        need(a, 2, "__getattribute__");
        String name = attrName(a[1]);
        Object v = Attrs.generic(t, a[0], Types.of(a[0]), name);
        if (v == null) {
            throw Errors.noAttribute(a[0], name);
        }
        return v;
    }

    private static Object format(Fiber t, Object[] a, String[] k) {
        need(a, 2, "__format__");
        if (!(a[1] instanceof String spec)) {
            throw Errors.typeError("__format__() argument must be str, not " + Types.name(a[1]));
        }
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + Types.name(a[0])
                    + ".__format__");
        }
        return Reprs.str(t, a[0]);
    }

    public static String attrName(Object o) {
        String s = ValueInstance.str(o);
        if (s != null) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '" + Types.name(o) + "'");
    }
}
