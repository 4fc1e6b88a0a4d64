// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.Calls;
import dev.weft.runtime.CpsCode;
import dev.weft.runtime.Errors;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.ObjectMethods;
import dev.weft.runtime.Types;
import dev.weft.runtime.ValueInstance;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftClassMethod;
import dev.weft.runtime.WeftStaticMethod;
import dev.weft.runtime.WeftType;

/** Gives every builtin type its factory, attributes and methods (once per JVM). */
final class TypeSetup {
    private TypeSetup() {}

    static void setUp() {
        ObjectMethods.register();
        dev.weft.runtime.TypeMethods.register();
        Factories.install();
        TypeAttributes.install();
        ExceptionMethods.install();
        StrMethods.install();
        ListMethods.install();
        DictMethods.install();
        SetMethods.install();
        TupleMethods.install();
        RangeMethods.install();
        TypeFormMethods.install();
        IntMethods.install();
        FloatMethods.install();
        BytesMethods.install();
        GeneratorMethods.install();
        SubclassDunders.install();
    }

    /**
     * Defines a method (binds self) on a builtin type. Called through the type
     * ({@code str.upper(x)}) self may be anything, so it is checked here, once for all methods.
     */
    static void method(WeftType type, String name, NativeCode code) {
        NativeCode body = ValueInstance.wraps(type) ? ValueArgs.unwrapping(type, name, code)
                : code;
        NativeCode checked = (t, a, k) -> {
            checkSelf(type, name, a);
            return body.call(t, a, k);
        };
        type.define(name, WeftBuiltin.method(name, checked).ownedBy(type));
    }

    /** As {@link #method}, for a method that takes part in the trampoline. */
    static void cpsMethod(WeftType type, String name, CpsCode code) {
        CpsCode body = ValueInstance.wraps(type) ? ValueArgs.unwrapping(name, code) : code;
        CpsCode checked = (t, site, a, k) -> {
            checkSelf(type, name, a);
            return body.call(t, site, a, k);
        };
        type.define(name, WeftBuiltin.cpsMethod(name, checked).ownedBy(type));
    }

    private static void checkSelf(WeftType type, String name, Object[] a) {
        if (a.length == 0) {
            throw Errors.typeError("unbound method " + type.name() + "." + name
                    + "() needs an argument");
        }
        WeftType self = Types.of(a[0]);
        if (self != type && !self.isSubtypeOf(type)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + type.name()
                    + "' objects doesn't apply to a '" + self.name() + "' object");
        }
    }

    /** Defines a classmethod ({@code dict.fromkeys}): the class arrives as the first argument. */
    static void classMethod(WeftType type, String name, NativeCode code) {
        NativeCode body = code;
        if (ValueInstance.wraps(type)) {
            // int.from_bytes, float.fromhex, bytes.fromhex: a subclass gets cls(result).
            body = (t, a, k) -> {
                Object r = code.call(t, ValueArgs.unwrap(a, a.length), k);
                return a.length > 0 && a[0] instanceof WeftType cls && !cls.isBuiltin()
                        ? Calls.callDirect(t, cls, r) : r;
            };
        }
        type.define(name, new WeftClassMethod(WeftBuiltin.function(name, body).ownedBy(type)));
    }

    /** Defines a staticmethod ({@code str.maketrans}). */
    static void staticMethod(WeftType type, String name, NativeCode code) {
        NativeCode body = ValueInstance.wraps(type)
                ? (t, a, k) -> code.call(t, ValueArgs.unwrap(a, a.length), k) : code;
        type.define(name, new WeftStaticMethod(WeftBuiltin.function(name, body).ownedBy(type)));
    }
}
