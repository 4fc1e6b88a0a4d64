// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** {@code classmethod(f)}: looked up on a class or instance, it binds the class. */
public final class WeftClassMethod implements WeftObject {
    public final Object function;

    public WeftClassMethod(Object function) {
        this.function = function;
    }

    @Override
    public WeftType type() {
        return Types.CLASSMETHOD;
    }
}
