// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** A function bound to the object it was looked up on: calling it passes {@code self} first. */
public final class WeftMethod implements WeftObject {
    public final Object function;
    public final Object self;

    public WeftMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public WeftType type() {
        return function instanceof WeftBuiltin ? Types.BUILTIN_FUNCTION : Types.METHOD;
    }

    /** {@code args} with {@code self} in front. */
    public Object[] withSelf(Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
