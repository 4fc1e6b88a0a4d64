// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * {@code isinstance} and {@code issubclass} as CPython answers them: a class whose metaclass
 * is exactly {@code type} answers by its MRO; any other object answers through its type's
 * {@code __instancecheck__} / {@code __subclasscheck__} (abc.ABCMeta's, typing's aliases').
 */
public final class Instances {
    private Instances() {}

    /** {@code isinstance(obj, spec)}. */
    public static boolean instanceOf(Fiber t, Object obj, Object spec) {
        if (spec instanceof WeftType c) {
            if (Types.of(obj) == c) {
                return true;
            }
            if (!c.hasPlainMetatype()) {
                Object check = c.type().lookup("__instancecheck__");
                if (check != TypeMethods.INSTANCECHECK && check != null) {
                    return Truth.isTrue(t, Calls.callDirect(t, check, c, obj));
                }
            }
            return isInstance(t, obj, c);
        }
        if (spec instanceof WeftUnion u) {
            return instanceOf(t, obj, unionMembers(u, "isinstance"));
        }
        if (spec instanceof WeftGenericAlias) {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }
        if (spec instanceof WeftTuple tu) {
            for (Object s : tu.items()) {
                if (instanceOf(t, obj, s)) {
                    return true;
                }
            }
            return false;
        }
        Object hook = hook(t, spec, "__instancecheck__");
        if (hook != null) {
            return Truth.isTrue(t, Calls.callDirect(t, hook, obj));
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** {@code issubclass(sub, spec)}. */
    public static boolean subclassOf(Fiber t, Object sub, Object spec) {
        if (spec instanceof WeftType c) {
            if (!c.hasPlainMetatype()) {
                Object check = c.type().lookup("__subclasscheck__");
                if (check != TypeMethods.SUBCLASSCHECK && check != null) {
                    return Truth.isTrue(t, Calls.callDirect(t, check, c, sub));
                }
            }
            return isSubclass(sub, c);
        }
        if (spec instanceof WeftTuple tu) {
            for (Object s : tu.items()) {
                if (subclassOf(t, sub, s)) {
                    return true;
                }
            }
            return false;
        }
        Object hook = hook(t, spec, "__subclasscheck__");
        if (hook != null) {
            return Truth.isTrue(t, Calls.callDirect(t, hook, sub));
        }
        if (!(sub instanceof WeftType)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        if (spec instanceof WeftUnion u) {
            return subclassOf(t, sub, unionMembers(u, "issubclass"));
        }
        if (spec instanceof WeftGenericAlias) {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a"
                + " union");
    }

    /**
     * {@code type.__instancecheck__}: by the MRO of {@code type(obj)}, or of
     * {@code obj.__class__} where a class defines that differently (proxies do).
     */
    public static boolean isInstance(Fiber t, Object obj, WeftType c) {
        WeftType type = Types.of(obj);
        if (type.isSubtypeOf(c)) {
            return true;
        }
        if (!type.isBuiltin() && type.lookup("__class__") != null) {
            Object claimed = Attrs.lookup(t, obj, "__class__");
            return claimed != type && claimed instanceof WeftType k && k.isSubtypeOf(c);
        }
        return false;
    }

    /** {@code type.__subclasscheck__}: by the MRO. */
    public static boolean isSubclass(Object sub, WeftType c) {
        if (!(sub instanceof WeftType s)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return s.isSubtypeOf(c);
    }

    /** A union's members (isinstance and issubclass refuse a union holding generic aliases). */
    private static WeftTuple unionMembers(WeftUnion u, String fn) {
        if (u.hasGenericAlias()) {
            throw Errors.typeError(fn + "() argument 2 cannot be a parameterized generic");
        }
        return u.args();
    }

    /**
     * {@code type(spec).__instancecheck__} (or {@code __subclasscheck__}) bound to spec, when
     * spec is an instance of a script class defining it (typing's aliases); else null.
     */
    private static Object hook(Fiber t, Object spec, String name) {
        WeftType type = Types.of(spec);
        if (type.isBuiltin() || type.lookup(name) == null) {
            return null;
        }
        return Attrs.lookup(t, spec, name);
    }
}
