// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftFunction;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftMethod;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftProperty;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** Attributes of classes, functions, methods and properties (__name__, __mro__, ...). */
final class TypeAttributes {
    private TypeAttributes() {}

    static void install() {
        classes();
        functions();
        properties();
        modules();
    }

    /** A module's {@code __annotations__}: its namespace's, made empty on first use. */
    private static void modules() {
        Types.MODULE.define("__annotations__", new GetSet("__annotations__", (f, o) -> {
            WeftDict d = ((dev.weft.runtime.WeftModule) o).dict();
            Object a = d.getStr("__annotations__");
            if (a == null) {
                a = new WeftDict();
                d.putStr("__annotations__", a);
            }
            return a;
        }, (f, o, v) -> ((dev.weft.runtime.WeftModule) o).dict().putStr("__annotations__", v)));
    }

    private static void classes() {
        WeftType t = Types.TYPE;
        t.define("__name__", new GetSet("__name__", (f, o) -> ((WeftType) o).name(),
                (f, o, v) -> writableType(o, "__name__", v).setName((String) v)));
        t.define("__qualname__", new GetSet("__qualname__", (f, o) -> ((WeftType) o).qualname(),
                (f, o, v) -> writableType(o, "__qualname__", v).setQualname((String) v)));
        t.define("__module__", new GetSet("__module__", (f, o) -> ((WeftType) o).module(),
                (f, o, v) -> ((WeftType) o).setModule(String.valueOf(v))));
        t.define("__mro__", GetSet.readOnly("__mro__",
                (f, o) -> WeftTuple.of((Object[]) ((WeftType) o).mro().clone())));
        t.define("__bases__", GetSet.readOnly("__bases__",
                (f, o) -> WeftTuple.of((Object[]) ((WeftType) o).bases().clone())));
        t.define("__base__", GetSet.readOnly("__base__", (f, o) -> {
            WeftType b = ((WeftType) o).base();
            return b == null ? WeftNone.NONE : b;
        }));
        t.define("__dict__", GetSet.readOnly("__dict__", (f, o) -> ((WeftType) o).dict()));
        t.define("__annotations__", new GetSet("__annotations__", TypeAttributes::annotations,
                (f, o, v) -> ((WeftType) o).setAttr("__annotations__", v)));
        t.define("__doc__", new GetSet("__doc__", (f, o) -> {
            Object d = ((WeftType) o).dict().getStr("__doc__");
            return d == null ? WeftNone.NONE : d;
        }, TypeAttributes::setDoc));
        TypeSetup.method(t, "mro", (f, a, k) -> new WeftList(((WeftType) a[0]).mro().clone()));
        TypeSetup.method(t, "__subclasses__",
                (f, a, k) -> new WeftList(((WeftType) a[0]).subclasses().toArray()));
        ListDunders.classGetItem(t);
    }

    /** A script's class, whose {@code what} may be set to the string {@code v}. */
    private static WeftType writableType(Object o, String what, Object v) {
        WeftType c = (WeftType) o;
        if (c.isBuiltin()) {
            throw Errors.typeError("cannot set '" + what + "' attribute of immutable type '"
                    + c.name() + "'");
        }
        if (!(v instanceof String)) {
            throw Errors.typeError("can only assign string to " + c.name() + "." + what
                    + ", not '" + Types.name(v) + "'");
        }
        return c;
    }

    /** A script's classes may change their docstring; builtin classes may not. */
    private static void setDoc(dev.weft.cps.Fiber f, Object o, Object v) {
        WeftType c = (WeftType) o;
        if (c.isBuiltin()) {
            throw dev.weft.runtime.Errors.typeError("cannot set '__doc__' attribute of immutable"
                    + " type '" + c.name() + "'");
        }
        c.setAttr("__doc__", v);
    }

    /**
     * A class's own {@code __annotations__} (never a base's): made empty on first use, as
     * since Python 3.10. Builtin classes have none.
     */
    private static Object annotations(dev.weft.cps.Fiber f, Object o) {
        WeftType c = (WeftType) o;
        Object a = c.dict().getStr("__annotations__");
        if (a != null) {
            return a;
        }
        if (c.isBuiltin()) {
            throw dev.weft.runtime.Errors.noAttribute(c, "__annotations__");
        }
        WeftDict fresh = new WeftDict();
        c.setAttr("__annotations__", fresh);
        return fresh;
    }

    private static void functions() {
        for (WeftType callable : new WeftType[] {Types.FUNCTION, Types.BUILTIN_FUNCTION,
                Types.METHOD}) {
            // Calling f.__call__(...) is calling f (and collections.abc.Callable sees it).
            callable.define("__call__", dev.weft.runtime.WeftBuiltin.cpsMethod("__call__",
                    (f, site, a, k) -> dev.weft.runtime.Calls.call(f, site, a[0],
                            java.util.Arrays.copyOfRange(a, 1, a.length), k))
                    .ownedBy(callable));
        }
        WeftType fn = Types.FUNCTION;
        fn.define("__name__", new GetSet("__name__", (f, o) -> ((WeftFunction) o).name,
                (f, o, v) -> ((WeftFunction) o).name = str(v, "__name__")));
        fn.define("__qualname__", new GetSet("__qualname__",
                (f, o) -> ((WeftFunction) o).qualname,
                (f, o, v) -> ((WeftFunction) o).qualname = str(v, "__qualname__")));
        fn.define("__module__", new GetSet("__module__", (f, o) -> ((WeftFunction) o).module,
                (f, o, v) -> ((WeftFunction) o).module = String.valueOf(v)));
        fn.define("__doc__", new GetSet("__doc__", (f, o) -> ((WeftFunction) o).doc,
                (f, o, v) -> ((WeftFunction) o).doc = v));
        fn.define("__annotations__", new GetSet("__annotations__", (f, o) -> {
            WeftFunction w = (WeftFunction) o;
            if (w.annotations == null) {
                w.annotations = new WeftDict();
            }
            return w.annotations;
        }, (f, o, v) -> ((WeftFunction) o).annotations = v == WeftNone.NONE ? null : v));
        fn.define("__defaults__", new GetSet("__defaults__", (f, o) -> {
            Object[] d = ((WeftFunction) o).defaults;
            return d.length == 0 ? WeftNone.NONE : WeftTuple.of(d.clone());
        }, (f, o, v) -> ((WeftFunction) o).defaults = v == WeftNone.NONE ? new Object[0]
                : ((WeftTuple) v).toArray()));
        fn.define("__kwdefaults__", GetSet.readOnly("__kwdefaults__", (f, o) -> {
            WeftDict d = ((WeftFunction) o).kwdefaults;
            return d == null ? WeftNone.NONE : d;
        }));
        fn.define("__globals__", GetSet.readOnly("__globals__",
                (f, o) -> ((WeftFunction) o).globals));
        fn.define("__code__", GetSet.readOnly("__code__",
                (f, o) -> new CodeView(((WeftFunction) o).code)));
        fn.define("__dict__", GetSet.readOnly("__dict__", (f, o) -> ((WeftFunction) o).dict()));
        WeftType m = Types.METHOD;
        m.define("__self__", GetSet.readOnly("__self__", (f, o) -> ((WeftMethod) o).self));
        m.define("__func__", GetSet.readOnly("__func__", (f, o) -> ((WeftMethod) o).function));
        m.define("__name__", GetSet.readOnly("__name__",
                (f, o) -> dev.weft.runtime.Attrs.get(f, ((WeftMethod) o).function, "__name__")));
        m.define("__qualname__", GetSet.readOnly("__qualname__",
                (f, o) -> dev.weft.runtime.Attrs.get(f, ((WeftMethod) o).function,
                        "__qualname__")));
        m.define("__doc__", GetSet.readOnly("__doc__",
                (f, o) -> dev.weft.runtime.Attrs.get(f, ((WeftMethod) o).function, "__doc__")));
        WeftType b = Types.BUILTIN_FUNCTION;
        b.define("__name__", GetSet.readOnly("__name__", (f, o) -> o instanceof WeftMethod wm
                ? ((WeftBuiltin) wm.function).name() : ((WeftBuiltin) o).name()));
        b.define("__qualname__", GetSet.readOnly("__qualname__", (f, o) -> o instanceof WeftMethod wm
                ? ((WeftBuiltin) wm.function).name() : ((WeftBuiltin) o).name()));
        b.define("__self__", GetSet.readOnly("__self__", (f, o) -> o instanceof WeftMethod wm
                ? wm.self : moduleOf(f, (WeftBuiltin) o)));
        b.define("__doc__", GetSet.readOnly("__doc__", (f, o) -> WeftNone.NONE));
        b.define("__module__", GetSet.readOnly("__module__", (f, o) -> o instanceof WeftBuiltin wb
                && wb.module() != null ? (Object) wb.module() : WeftNone.NONE));
    }

    /** A builtin function's __self__ is its module, as in CPython (builtins for the core ones). */
    private static Object moduleOf(dev.weft.cps.Fiber f, WeftBuiltin b) {
        String name = b.module() != null ? b.module() : "builtins";
        Object m = f.interp.importer().modules().getStr(name);
        return m == null ? WeftNone.NONE : m;
    }

    private static String str(Object v, String what) {
        if (v instanceof String s) {
            return s;
        }
        throw Errors.typeError(what + " must be set to a string object");
    }

    private static void properties() {
        WeftType p = Types.PROPERTY;
        p.define("fget", GetSet.readOnly("fget", (f, o) -> ((WeftProperty) o).fget));
        p.define("fset", GetSet.readOnly("fset", (f, o) -> ((WeftProperty) o).fset));
        p.define("fdel", GetSet.readOnly("fdel", (f, o) -> ((WeftProperty) o).fdel));
        p.define("__doc__", GetSet.readOnly("__doc__", (f, o) -> {
            WeftProperty prop = (WeftProperty) o;
            if (prop.doc != WeftNone.NONE || !(prop.fget instanceof WeftFunction fn)) {
                return prop.doc;
            }
            return fn.doc;
        }));
        TypeSetup.method(p, "getter", (f, a, k) -> ((WeftProperty) a[0]).with(a[1],
                ((WeftProperty) a[0]).fset, ((WeftProperty) a[0]).fdel));
        TypeSetup.method(p, "setter", (f, a, k) -> ((WeftProperty) a[0]).with(
                ((WeftProperty) a[0]).fget, a[1], ((WeftProperty) a[0]).fdel));
        TypeSetup.method(p, "deleter", (f, a, k) -> ((WeftProperty) a[0]).with(
                ((WeftProperty) a[0]).fget, ((WeftProperty) a[0]).fset, a[1]));
        TypeSetup.method(p, "__get__", (f, a, k) -> a[1] == WeftNone.NONE ? a[0]
                : ((WeftProperty) a[0]).get(f, a[1]));
        for (WeftType wrapper : new WeftType[] {Types.STATICMETHOD, Types.CLASSMETHOD}) {
            wrapper.define("__func__", GetSet.readOnly("__func__", (f, o) -> wrapped(o)));
            wrapper.define("__isabstractmethod__", GetSet.readOnly("__isabstractmethod__",
                    (f, o) -> isAbstract(f, wrapped(o))));
        }
        p.define("__isabstractmethod__", GetSet.readOnly("__isabstractmethod__", (f, o) -> {
            WeftProperty prop = (WeftProperty) o;
            return isAbstract(f, prop.fget) || isAbstract(f, prop.fset)
                    || isAbstract(f, prop.fdel);
        }));
    }

    private static Object wrapped(Object o) {
        return o instanceof dev.weft.runtime.WeftStaticMethod s ? s.function
                : ((dev.weft.runtime.WeftClassMethod) o).function;
    }

    /** abc's test: a true {@code __isabstractmethod__} attribute, where there is one. */
    static boolean isAbstract(dev.weft.cps.Fiber f, Object o) {
        if (o == WeftNone.NONE) {
            return false;
        }
        Object v = dev.weft.runtime.Attrs.lookup(f, o, "__isabstractmethod__");
        return v != null && dev.weft.runtime.Truth.isTrue(f, v);
    }
}
