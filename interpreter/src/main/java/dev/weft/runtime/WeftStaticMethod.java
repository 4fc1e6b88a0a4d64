// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** {@code staticmethod(f)}: looked up on a class or instance, it yields {@code f} unbound. */
public final class WeftStaticMethod implements WeftObject {
    public final Object function;

    public WeftStaticMethod(Object function) {
        this.function = function;
    }

    @Override
    public WeftType type() {
        return Types.STATICMETHOD;
    }
}
