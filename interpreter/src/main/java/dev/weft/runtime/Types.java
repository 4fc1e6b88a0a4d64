// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.math.BigInteger;

/**
 * The builtin types, and {@link #of} which maps any script value to its type. Method tables are
 * filled in by {@code dev.weft.builtins} when the interpreter starts.
 */
public final class Types {
    private Types() {}

    public static final WeftType OBJECT = WeftType.builtin("object", null);
    public static final WeftType TYPE = WeftType.builtin("type", OBJECT);
    public static final WeftType INT = WeftType.builtin("int", OBJECT);
    public static final WeftType BOOL = WeftType.builtin("bool", INT);
    public static final WeftType FLOAT = WeftType.builtin("float", OBJECT);
    public static final WeftType COMPLEX = WeftType.builtin("complex", OBJECT);
    public static final WeftType STR = WeftType.builtin("str", OBJECT);
    public static final WeftType BYTES = WeftType.builtin("bytes", OBJECT);
    public static final WeftType BYTEARRAY = WeftType.builtin("bytearray", OBJECT);
    public static final WeftType LIST = WeftType.builtin("list", OBJECT);
    public static final WeftType TUPLE = WeftType.builtin("tuple", OBJECT);
    public static final WeftType DICT = WeftType.builtin("dict", OBJECT);
    public static final WeftType SET = WeftType.builtin("set", OBJECT);
    public static final WeftType FROZENSET = WeftType.builtin("frozenset", OBJECT);
    public static final WeftType RANGE = WeftType.builtin("range", OBJECT);
    public static final WeftType SLICE = WeftType.builtin("slice", OBJECT);
    public static final WeftType NONE_TYPE = WeftType.builtin("NoneType", OBJECT);
    public static final WeftType FUNCTION = WeftType.builtin("function", OBJECT);
    public static final WeftType BUILTIN_FUNCTION =
            WeftType.builtin("builtin_function_or_method", OBJECT);
    public static final WeftType METHOD = WeftType.builtin("method", OBJECT);
    public static final WeftType MODULE = WeftType.builtin("module", OBJECT);
    public static final WeftType CELL = WeftType.builtin("cell", OBJECT);
    public static final WeftType PROPERTY = WeftType.builtin("property", OBJECT);
    public static final WeftType STATICMETHOD = WeftType.builtin("staticmethod", OBJECT);
    public static final WeftType CLASSMETHOD = WeftType.builtin("classmethod", OBJECT);
    public static final WeftType SUPER = WeftType.builtin("super", OBJECT);
    public static final WeftType GENERATOR = WeftType.builtin("generator", OBJECT);
    public static final WeftType COROUTINE = WeftType.builtin("coroutine", OBJECT);
    public static final WeftType ASYNC_GENERATOR = WeftType.builtin("async_generator", OBJECT);
    public static final WeftType DICT_KEYS = WeftType.builtin("dict_keys", OBJECT);
    public static final WeftType DICT_VALUES = WeftType.builtin("dict_values", OBJECT);
    public static final WeftType DICT_ITEMS = WeftType.builtin("dict_items", OBJECT);

    /** The type of any script value. */
    public static WeftType of(Object o) {
        if (o instanceof Long) {
            return INT;
        }
        if (o instanceof String) {
            return STR;
        }
        if (o instanceof WeftObject w) {
            return w.type();
        }
        if (o instanceof Double) {
            return FLOAT;
        }
        if (o instanceof Boolean) {
            return BOOL;
        }
        if (o instanceof BigInteger) {
            return INT;
        }
        throw new IllegalStateException("not a script value: "
                + (o == null ? "null" : o.getClass().getName()));
    }

    /** The type's name, for messages: {@code 'int' object is not callable}. */
    public static String name(Object o) {
        return of(o).name();
    }
}
