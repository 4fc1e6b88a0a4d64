// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** The named singletons {@code NotImplemented} and {@code Ellipsis}. */
public final class Singleton implements WeftObject, WeftRepresentable {
    public static final Singleton NOT_IMPLEMENTED =
            new Singleton("NotImplemented", "NotImplementedType");
    public static final Singleton ELLIPSIS = new Singleton("Ellipsis", "ellipsis");

    private final String repr;
    private final WeftType type;

    private Singleton(String repr, String typeName) {
        this.repr = repr;
        this.type = WeftType.builtin(typeName, Types.OBJECT);
    }

    @Override
    public WeftType type() {
        return type;
    }

    @Override
    public String repr(dev.weft.cps.Fiber t) {
        return repr;
    }

    @Override
    public String toString() {
        return repr;
    }
}
