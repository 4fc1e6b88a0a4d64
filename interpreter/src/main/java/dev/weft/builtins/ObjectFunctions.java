// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.HasDict;
import dev.weft.runtime.Instances;
import dev.weft.runtime.Hashing;
import dev.weft.runtime.ObjectMethods;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftCell;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import java.util.List;
import java.util.TreeSet;

/** Builtins about objects and types: isinstance, getattr, id, hash, vars, dir, globals... */
final class ObjectFunctions {
    private ObjectFunctions() {}

    static final List<WeftBuiltin> ALL = List.of(
            WeftBuiltin.function("isinstance", ObjectFunctions::isinstance),
            WeftBuiltin.function("issubclass", ObjectFunctions::issubclass),
            WeftBuiltin.function("id", (t, a, k) -> CoreFunctions.one("id", a, k,
                    x -> 0x7f0000000000L + 16L * System.identityHashCode(x))),
            WeftBuiltin.function("hash", (t, a, k) -> CoreFunctions.one("hash", a, k,
                    x -> Hashing.pyHash(t, x))),
            WeftBuiltin.function("callable", (t, a, k) -> CoreFunctions.one("callable", a, k,
                    Calls::isCallable)),
            WeftBuiltin.function("getattr", ObjectFunctions::getattr),
            WeftBuiltin.function("setattr", ObjectFunctions::setattr),
            WeftBuiltin.function("hasattr", ObjectFunctions::hasattr),
            WeftBuiltin.function("delattr", ObjectFunctions::delattr),
            WeftBuiltin.function("vars", ObjectFunctions::vars),
            WeftBuiltin.function("dir", ObjectFunctions::dir),
            WeftBuiltin.function("globals", (t, a, k) -> {
                Sig.exactly("globals", a, k, 0);
                return t.frame.globals;
            }),
            WeftBuiltin.function("locals", (t, a, k) -> {
                Sig.exactly("locals", a, k, 0);
                return t.frame.mapping != null ? t.frame.mapping : locals(t.frame);
            }));

    private static Object isinstance(Fiber t, Object[] args, String[] kw) {
        if (kw != null || args.length != 2) {
            throw Errors.typeError("isinstance expected 2 arguments, got " + args.length);
        }
        return Instances.instanceOf(t, args[0], args[1]);
    }

    private static Object issubclass(Fiber t, Object[] args, String[] kw) {
        if (kw != null || args.length != 2) {
            throw Errors.typeError("issubclass expected 2 arguments, got " + args.length);
        }
        return Instances.subclassOf(t, args[0], args[1]);
    }

    private static Object getattr(Fiber t, Object[] args, String[] kw) {
        Sig.noKeywords("getattr", kw);
        if (args.length < 2 || args.length > 3) {
            throw Errors.typeError("getattr expected " + (args.length < 2 ? "at least 2" : "at most 3")
                    + " arguments, got " + args.length);
        }
        String name = ObjectMethods.attrName(args[1]);
        if (args.length == 2) {
            return Attrs.get(t, args[0], name);
        }
        try {
            Object v = Attrs.lookup(t, args[0], name);
            return v != null ? v : args[2];
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.ATTRIBUTE_ERROR)) {
                return args[2];
            }
            throw e;
        }
    }

    private static Object setattr(Fiber t, Object[] args, String[] kw) {
        Sig.noKeywords("setattr", kw);
        if (args.length != 3) {
            throw Errors.typeError("setattr expected 3 arguments, got " + args.length);
        }
        Attrs.set(t, args[0], ObjectMethods.attrName(args[1]), args[2]);
        return WeftNone.NONE;
    }

    private static Object hasattr(Fiber t, Object[] args, String[] kw) {
        Sig.noKeywords("hasattr", kw);
        if (args.length != 2) {
            throw Errors.typeError("hasattr expected 2 arguments, got " + args.length);
        }
        return Attrs.has(t, args[0], ObjectMethods.attrName(args[1]));
    }

    private static Object delattr(Fiber t, Object[] args, String[] kw) {
        Sig.noKeywords("delattr", kw);
        if (args.length != 2) {
            throw Errors.typeError("delattr expected 2 arguments, got " + args.length);
        }
        Attrs.delete(t, args[0], ObjectMethods.attrName(args[1]));
        return WeftNone.NONE;
    }

    private static Object vars(Fiber t, Object[] args, String[] kw) {
        Sig.between("vars", args, kw, 0, 1);
        if (args.length == 0) {
            return t.frame.mapping != null ? t.frame.mapping : locals(t.frame);
        }
        Object d = Attrs.lookup(t, args[0], "__dict__");
        if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    /** locals(): the namespace dict, or a snapshot of a function's bound variables. */
    static WeftDict locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        if (f.code.kind == dev.weft.cps.Code.Kind.MODULE) {
            return f.globals;
        }
        WeftDict d = new WeftDict();
        String[] names = f.code.slotNames;
        for (int i = 0; i < names.length; i++) {
            Object v = f.slots[i];
            if (v instanceof WeftCell c) {
                v = c.value;
            }
            if (v != null && names[i] != null && !names[i].startsWith(".")) {
                d.putStr(names[i], v);
            }
        }
        return d;
    }

    private static Object dir(Fiber t, Object[] args, String[] kw) {
        Sig.between("dir", args, kw, 0, 1);
        TreeSet<String> names = new TreeSet<>(dev.weft.runtime.Strings::compare);
        if (args.length == 0) {
            WeftDict d = locals(t.frame);
            addKeys(names, d);
        } else {
            Object o = args[0];
            WeftType type = Types.of(o);
            Object custom = type.isBuiltin() ? null : type.lookup("__dir__");
            if (custom != null) {
                return sorted(t, Calls.callDirect(t, custom, o));
            } else if (o instanceof WeftModule m) {
                return moduleDir(t, m);
            } else {
                if (o instanceof HasDict h) {
                    addKeys(names, h.dict());
                }
                WeftType[] mro = o instanceof WeftType c ? c.mro() : type.mro();
                for (WeftType c : mro) {
                    addKeys(names, c.dict());
                }
                names.add("__class__"); // object's descriptor, found by lookup, not in a dict
            }
        }
        return new WeftList(names.toArray());
    }

    /** {@code sorted(result)}: what dir() makes of a {@code __dir__} method's answer. */
    private static WeftList sorted(Fiber t, Object iterable) {
        Object[] items = dev.weft.runtime.Iter.toArray(t, iterable);
        ListSort.sort(t, items, items.length, WeftNone.NONE, false);
        return new WeftList(items);
    }

    /**
     * A module lists its own namespace only (a module-level {@code __dir__} function may
     * replace it, PEP 562), not the attributes of the module type.
     */
    private static WeftList moduleDir(Fiber t, WeftModule m) {
        Object custom = m.dict().getStr("__dir__");
        if (custom != null) {
            return sorted(t, Calls.callDirect(t, custom));
        }
        TreeSet<String> names = new TreeSet<>(dev.weft.runtime.Strings::compare);
        addKeys(names, m.dict());
        return new WeftList(names.toArray());
    }

    private static void addKeys(TreeSet<String> names, WeftDict d) {
        for (int e = 0; e < d.end(); e++) {
            if (d.keyAt(e) instanceof String s) {
                names.add(s);
            }
        }
    }
}
