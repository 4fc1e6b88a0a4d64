// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/**
 * An instance of a script class deriving from an immutable builtin value type ({@code int},
 * {@code float}, {@code complex}, {@code str}, {@code bytes}) or from {@code bytearray}: the
 * builtin value it stands for, with its own class and {@code __dict__}. The plain values stay
 * plain Java objects ({@link Long}, {@link String}, ...), so their fast paths never see this
 * class; operators and builtins reach a subclass instance through its class's dunders, and the
 * builtin type's methods receive the value it wraps (see {@code TypeSetup}).
 */
public final class ValueInstance extends WeftInstance {
    /** The builtin value: a Long/BigInteger, Double, WeftComplex, String or WeftBytes. */
    public final Object value;

    public ValueInstance(WeftType type, Object value) {
        super(type);
        this.value = value;
    }

    /** What a builtin value type's constructor returns for {@code type}: wrapped for a subclass. */
    public static Object of(WeftType type, Object value) {
        return type.isBuiltin() ? value : new ValueInstance(type, value);
    }

    /** {@code o} itself, or the builtin value it stands for. */
    public static Object unwrap(Object o) {
        return o instanceof ValueInstance v ? v.value : o;
    }

    /** {@code o} as a Java String when it is a str or an instance of a str subclass, else null. */
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        return o instanceof ValueInstance v && v.value instanceof String s ? s : null;
    }

    /** The builtin types whose subclasses' instances are ValueInstances. */
    public static boolean wraps(WeftType builtin) {
        return builtin == Types.INT || builtin == Types.FLOAT || builtin == Types.COMPLEX
                || builtin == Types.STR || builtin == Types.BYTES || builtin == Types.BYTEARRAY;
    }
}
