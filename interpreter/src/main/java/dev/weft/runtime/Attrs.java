// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * Attribute access with Python's rules: data descriptors on the type, then the instance dict,
 * then other class attributes (functions bind to the instance), then {@code __getattr__}.
 */
public final class Attrs {
    private Attrs() {}

    /** {@code obj.name}, raising AttributeError when missing. */
    public static Object get(Fiber t, Object obj, String name) {
        Object v = lookup(t, obj, name);
        if (v == null) {
            throw Errors.noAttribute(obj, name);
        }
        return v;
    }

    /** {@code obj.name}, or null when missing ({@code __getattr__} may still raise). */
    public static Object lookup(Fiber t, Object obj, String name) {
        if (obj instanceof WeftType c) {
            return classAttr(t, c, name);
        }
        if (obj instanceof WeftSuper s) {
            Object v = s.lookup(t, name);
            return v != null ? v : generic(t, obj, Types.SUPER, name);
        }
        WeftType type = Types.of(obj);
        if (!type.isBuiltin()) {
            Object ga = type.lookup("__getattribute__");
            if (ga != null && ga != ObjectMethods.GETATTRIBUTE) {
                return userGetAttribute(t, obj, ga, name);
            }
        }
        if (obj instanceof WeftGenericAlias g) {
            // list[int].append is list.append: an alias forwards most names to its class.
            Object fwd = g.forwarded(t, name);
            if (fwd != null) {
                return fwd;
            }
        }
        Object v = generic(t, obj, type, name);
        if (v != null || type.isBuiltin()) {
            return v;
        }
        Object ga = type.lookup("__getattr__");
        return ga == null ? null : Calls.callDirect(t, ga, obj, name);
    }

    private static Object userGetAttribute(Fiber t, Object obj, Object ga, String name) {
        try {
            return Calls.callDirect(t, ga, obj, name);
        } catch (WeftError e) {
            Object gattr = Types.of(obj).lookup("__getattr__");
            if (gattr != null && e.isInstance(ErrorTypes.ATTRIBUTE_ERROR)) {
                return Calls.callDirect(t, gattr, obj, name);
            }
            throw e;
        }
    }

    /** {@code object.__getattribute__}: descriptors and the instance dict, no hooks. */
    public static Object generic(Fiber t, Object obj, WeftType type, String name) {
        Object attr = type.lookup(name);
        if (attr != null && isDataDescriptor(attr) && readsThrough(attr)) {
            return bind(t, attr, obj, type);
        }
        if (obj instanceof HasDict h && h.hasInstanceDict()) {
            WeftDict d = peekDict(h);
            if (d != null) {
                Object v = d.getStr(name);
                if (v != null) {
                    return v;
                }
            }
        }
        if (attr != null) {
            return bind(t, attr, obj, type);
        }
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__dict__") && obj instanceof HasDict h && h.hasInstanceDict()) {
            return h.dict();
        }
        return null;
    }

    private static WeftDict peekDict(HasDict h) {
        if (h instanceof WeftInstance i) {
            return i.dict();
        }
        if (h instanceof WeftModule m) {
            return m.dict();
        }
        return h.dict();
    }

    /**
     * A data descriptor takes precedence over the instance dict only when reading goes through
     * it: one with {@code __set__} but no {@code __get__} lets the dict answer first.
     */
    private static boolean readsThrough(Object attr) {
        return !(attr instanceof WeftInstance) || Types.of(attr).lookup("__get__") != null;
    }

    public static boolean isDataDescriptor(Object attr) {
        if (attr instanceof WeftProperty || attr instanceof GetSet) {
            return true;
        }
        if (attr instanceof WeftInstance) {
            WeftType dt = Types.of(attr);
            return dt.lookup("__set__") != null || dt.lookup("__delete__") != null;
        }
        return false;
    }

    /**
     * The descriptor protocol's {@code __get__}: what a class attribute becomes when looked up
     * through {@code instance} (None when looked up on the class itself).
     */
    public static Object bind(Fiber t, Object attr, Object instance, WeftType owner) {
        boolean onClass = instance == WeftNone.NONE;
        if (attr instanceof WeftFunction) {
            return onClass ? attr : new WeftMethod(attr, instance);
        }
        if (attr instanceof WeftBuiltin b) {
            return onClass || !b.binds() ? attr : new WeftMethod(attr, instance);
        }
        if (attr instanceof WeftStaticMethod sm) {
            return sm.function;
        }
        if (attr instanceof WeftClassMethod cm) {
            return new WeftMethod(cm.function, onClass ? owner : Types.of(instance));
        }
        if (attr instanceof WeftProperty p) {
            return onClass ? p : p.get(t, instance);
        }
        if (attr instanceof GetSet g) {
            return onClass ? g : g.get(t, instance);
        }
        if (attr instanceof WeftInstance) {
            Object get = Types.of(attr).lookup("__get__");
            if (get != null) {
                return Calls.callDirect(t, get, attr, instance, owner);
            }
        }
        return attr;
    }

    /**
     * {@code cls.name}, as {@code type.__getattribute__} finds it: a data descriptor of the
     * metaclass, then the class's MRO, then the metaclass's other attributes; a metaclass's
     * {@code __getattribute__} or {@code __getattr__} takes part as on any object.
     */
    private static Object classAttr(Fiber t, WeftType c, String name) {
        WeftType meta = c.type();
        if (!meta.isBuiltin()) {
            Object ga = meta.lookup("__getattribute__");
            if (ga != null && ga != ObjectMethods.GETATTRIBUTE) {
                return userGetAttribute(t, c, ga, name);
            }
        }
        Object v = typeGetAttribute(t, c, name);
        if (v != null || meta.isBuiltin()) {
            return v;
        }
        Object ga = meta.lookup("__getattr__");
        return ga == null ? null : Calls.callDirect(t, ga, c, name);
    }

    /** {@code type.__getattribute__(c, name)}, or null when it finds nothing. */
    public static Object typeGetAttribute(Fiber t, WeftType c, String name) {
        WeftType meta = c.type();
        Object m = meta.lookup(name);
        if (m != null && isDataDescriptor(m) && readsThrough(m)) {
            return bind(t, m, c, meta);
        }
        Object attr = c.lookup(name);
        if (attr != null) {
            return bind(t, attr, WeftNone.NONE, c);
        }
        if (m != null) {
            return bind(t, m, c, meta);
        }
        if (name.equals("__class__")) {
            return meta;
        }
        return null;
    }

    // ---- setting and deleting -------------------------------------------------------------

    public static void set(Fiber t, Object obj, String name, Object value) {
        if (obj instanceof WeftType c) {
            setOnClass(t, c, name, value);
            return;
        }
        WeftType type = Types.of(obj);
        if (!type.isBuiltin()) {
            Object sa = type.lookup("__setattr__");
            if (sa != null && sa != ObjectMethods.SETATTR) {
                Calls.callDirect(t, sa, obj, name, value);
                return;
            }
        }
        genericSet(t, obj, name, value);
    }

    /** {@code object.__setattr__}. */
    public static void genericSet(Fiber t, Object obj, String name, Object value) {
        if (obj instanceof WeftType) {
            throw Errors.typeError("can't apply this __setattr__ to " + Types.name(obj)
                    + " object");
        }
        WeftType type = Types.of(obj);
        if (name.equals("__class__")) {
            assignClass(obj, type, value);
            return;
        }
        Object attr = type.lookup(name);
        if (attr != null && isDataDescriptor(attr)) {
            setThrough(t, attr, obj, value);
            return;
        }
        if (obj instanceof HasDict h && h.hasInstanceDict()) {
            h.dict().putStr(name, value);
            return;
        }
        throw Errors.noAttribute(obj, name);
    }

    /**
     * {@code obj.__class__ = value}, allowed between script classes of the same layout; as in
     * CPython, never for the variable-sized int, bytes and tuple.
     */
    private static void assignClass(Object obj, WeftType current, Object value) {
        if (!(value instanceof WeftType target)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + Types.name(value)
                    + "' object");
        }
        if (current.isBuiltin() || target.isBuiltin()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or"
                    + " ModuleType subclasses");
        }
        WeftType solid = current.solidBase();
        if (target.solidBase() != solid || solid == Types.INT || solid == Types.BYTES
                || solid == Types.TUPLE) {
            throw Errors.typeError("__class__ assignment: '" + target.name()
                    + "' object layout differs from '" + current.name() + "'");
        }
        if (obj instanceof WeftInstance inst) {
            inst.changeType(target);
        } else if (obj instanceof WeftList l) {
            l.setType(target);
        } else if (obj instanceof WeftDict d) {
            d.setType(target);
        } else if (obj instanceof WeftSet st) {
            st.setType(target);
        } else {
            throw Errors.typeError("__class__ assignment only supported for mutable types or"
                    + " ModuleType subclasses");
        }
    }

    private static void setThrough(Fiber t, Object attr, Object obj, Object value) {
        if (attr instanceof WeftProperty p) {
            p.set(t, obj, value);
        } else if (attr instanceof GetSet g) {
            g.set(t, obj, value);
        } else {
            Object set = Types.of(attr).lookup("__set__");
            if (set == null) {
                throw Errors.attributeError("__set__");
            }
            Calls.callDirect(t, set, attr, obj, value);
        }
    }

    /** {@code cls.name = value}: through the metaclass's {@code __setattr__} if it has one. */
    private static void setOnClass(Fiber t, WeftType c, String name, Object value) {
        WeftType meta = c.type();
        if (!meta.isBuiltin()) {
            Object sa = meta.lookup("__setattr__");
            if (sa != TypeMethods.SETATTR && sa != null) {
                Calls.callDirect(t, sa, c, name, value);
                return;
            }
        }
        setClassAttr(t, c, name, value);
    }

    /** {@code type.__setattr__}: a metaclass's data descriptor, else the class dict. */
    public static void setClassAttr(Fiber t, WeftType c, String name, Object value) {
        if (c.isBuiltin()) {
            throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '"
                    + c.name() + "'");
        }
        Object m = c.type().lookup(name);
        if (m != null && isDataDescriptor(m)) {
            setThrough(t, m, c, value);
            return;
        }
        c.setAttr(name, value);
    }

    /** {@code type.__delattr__}. */
    public static void deleteClassAttr(WeftType c, String name) {
        if (c.isBuiltin()) {
            throw Errors.typeError("cannot delete '" + name + "' attribute of immutable type '"
                    + c.name() + "'");
        }
        if (!c.delAttr(name)) {
            throw Errors.noAttribute(c, name);
        }
        if (name.equals("__abstractmethods__")) {
            c.setAbstract(false);
        }
    }

    public static void delete(Fiber t, Object obj, String name) {
        if (obj instanceof WeftType c) {
            WeftType meta = c.type();
            Object da = meta.isBuiltin() ? null : meta.lookup("__delattr__");
            if (da != null && da != TypeMethods.DELATTR) {
                Calls.callDirect(t, da, c, name);
                return;
            }
            deleteClassAttr(c, name);
            return;
        }
        WeftType type = Types.of(obj);
        if (!type.isBuiltin()) {
            Object da = type.lookup("__delattr__");
            if (da != null && da != ObjectMethods.DELATTR) {
                Calls.callDirect(t, da, obj, name);
                return;
            }
        }
        genericDelete(t, obj, name);
    }

    public static void genericDelete(Fiber t, Object obj, String name) {
        if (obj instanceof WeftType) {
            throw Errors.typeError("can't apply this __delattr__ to " + Types.name(obj)
                    + " object");
        }
        Object attr = Types.of(obj).lookup(name);
        if (attr instanceof WeftProperty p) {
            p.delete(t, obj);
            return;
        }
        if (attr instanceof WeftInstance && isDataDescriptor(attr)) {
            deleteThrough(t, attr, obj);
            return;
        }
        if (obj instanceof HasDict h && h.hasInstanceDict() && h.dict().removeStr(name)) {
            return;
        }
        throw Errors.noAttribute(obj, name);
    }

    /** A data descriptor owns deletion too: one with only {@code __set__} refuses it. */
    private static void deleteThrough(Fiber t, Object attr, Object obj) {
        Object del = Types.of(attr).lookup("__delete__");
        if (del == null) {
            throw Errors.attributeError("__delete__");
        }
        Calls.callDirect(t, del, attr, obj);
    }

    /** {@code hasattr}: true unless the lookup misses or raises AttributeError. */
    public static boolean has(Fiber t, Object obj, String name) {
        try {
            return lookup(t, obj, name) != null;
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.ATTRIBUTE_ERROR)) {
                return false;
            }
            throw e;
        }
    }
}
