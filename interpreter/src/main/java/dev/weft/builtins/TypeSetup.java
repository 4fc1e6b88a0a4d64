// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.NativeCode;
import dev.weft.runtime.ObjectMethods;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftType;

/** Gives every builtin type its factory, attributes and methods (once per JVM). */
final class TypeSetup {
    private TypeSetup() {}

    static void setUp() {
        ObjectMethods.register();
        Factories.install();
        TypeAttributes.install();
        ExceptionMethods.install();
        StrMethods.install();
        ListMethods.install();
        DictMethods.install();
        SetMethods.install();
        TupleMethods.install();
        NumberMethods.install();
        GeneratorMethods.install();
        SubclassDunders.install();
    }

    /** Defines a method (binds self) on a builtin type. */
    static void method(WeftType type, String name, NativeCode code) {
        type.define(name, WeftBuiltin.method(name, code).ownedBy(type));
    }
}
