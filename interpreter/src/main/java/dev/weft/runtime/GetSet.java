// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.function.BiFunction;

/**
 * A data descriptor implemented in Java, for a builtin type's attributes ({@code __name__} of
 * functions, {@code args} of exceptions, ...). A null setter makes the attribute read-only.
 */
public final class GetSet implements WeftObject {
    /** Stores a value into an object; may throw a script error. */
    @FunctionalInterface
    public interface Setter {
        void set(Fiber t, Object self, Object value);
    }

    private final String name;
    private final BiFunction<Fiber, Object, Object> getter;
    private final Setter setter;

    public GetSet(String name, BiFunction<Fiber, Object, Object> getter, Setter setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    public static GetSet readOnly(String name, BiFunction<Fiber, Object, Object> getter) {
        return new GetSet(name, getter, null);
    }

    @Override
    public WeftType type() {
        return Types.OBJECT;
    }

    public Object get(Fiber t, Object self) {
        return getter.apply(t, self);
    }

    public void set(Fiber t, Object self, Object value) {
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + Types.name(self)
                    + "' objects is not writable");
        }
        setter.set(t, self, value);
    }
}
