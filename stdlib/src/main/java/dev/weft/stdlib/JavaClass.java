// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftStaticMethod;
import dev.weft.runtime.WeftType;
import java.util.function.BiFunction;

/**
 * A library class written in Java (deque, Random, the itertools types). It is made as a class
 * outside {@code builtins}, so the runtime reaches it the way it reaches a class written in
 * Weft: through its dunders ({@code __len__}, {@code __iter__}, {@code __repr__}...), which here
 * are Java builtins. That also makes it subclassable and gives it CPython's module-qualified
 * names ({@code <class 'collections.deque'>}). Instances are made by its {@code __new__}.
 */
public final class JavaClass {
    private JavaClass() {}

    /** A new class {@code module.name} deriving from {@code base}. */
    public static WeftType make(String module, String name, WeftType base) {
        WeftType t = WeftType.user(name, new WeftType[] {base}, new WeftDict());
        t.setModule(module);
        t.setQualname(name);
        return t;
    }

    /** A method: bound to the instance, which arrives as {@code args[0]}. */
    public static void method(WeftType type, String name, NativeCode code) {
        type.define(name, WeftBuiltin.method(name, code).ownedBy(type));
    }

    /** {@code __new__(cls, *args, **kwargs)}: {@code args[0]} is the class being instantiated. */
    public static void constructor(WeftType type, NativeCode code) {
        type.define("__new__", new WeftStaticMethod(WeftBuiltin.function("__new__", code)));
    }

    /** A read-only attribute computed from the instance. */
    public static void getter(WeftType type, String name,
            BiFunction<Fiber, Object, Object> getter) {
        type.define(name, GetSet.readOnly(name, getter));
    }

    /** A class of Java iterators (WeftIterator instances): iter() is itself, next() steps it. */
    public static WeftType iteratorType(String module, String name) {
        WeftType t = make(module, name, Types.OBJECT);
        iterable(t);
        return t;
    }

    /** Gives a class of Java iterators __iter__ (itself) and __next__ (StopIteration at end). */
    public static void iterable(WeftType t) {
        method(t, "__iter__", (f, a, k) -> a[0]);
        method(t, "__next__", (f, a, k) -> {
            Object v = ((WeftIterator) a[0]).next(f);
            if (v == null) {
                throw Errors.stopIteration(WeftNone.NONE);
            }
            return v;
        });
    }
}
