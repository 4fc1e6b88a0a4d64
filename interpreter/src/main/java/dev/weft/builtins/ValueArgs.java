// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.CpsCode;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.ValueInstance;
import dev.weft.runtime.WeftType;
import java.util.Set;

/**
 * How the methods of int, float, complex, str, bytes and bytearray see instances of script
 * subclasses: as the builtin values they wrap, whether as self or as an argument, so
 * {@code MyInt(3) + MyInt(4)} is the plain int 7 and {@code "ab".startswith(MyStr("a"))}
 * holds, as in CPython. Exact values pass through untouched.
 */
final class ValueArgs {
    private ValueArgs() {}

    /**
     * Methods whose arguments stay as given: formatted through their own dunders, or
     * iterated (a str subclass's __iter__ decides what join sees).
     */
    private static final Set<String> KEEP_ARGS = Set.of("format", "format_map", "__mod__",
            "__rmod__", "join");

    static NativeCode unwrapping(WeftType type, String name, NativeCode code) {
        // str and bytes's __add__ unwrap the other operand themselves, to name its type.
        boolean keepArgs = KEEP_ARGS.contains(name) || name.equals("__add__")
                && (type == Types.STR || type == Types.BYTES || type == Types.BYTEARRAY);
        boolean format = name.equals("__format__");
        // bytearray's in-place methods return self: the subclass instance, not what it wraps.
        boolean mutable = type == Types.BYTEARRAY;
        return (t, a, k) -> {
            Object self = a.length > 0 ? a[0] : null;
            Object[] args = unwrap(a, keepArgs ? Math.min(1, a.length) : a.length);
            if (format && self instanceof ValueInstance && args.length == 2
                    && "".equals(args[1])) {
                // An empty format spec means str(self), which a subclass may override.
                return Reprs.str(t, self);
            }
            Object r = code.call(t, args, k);
            if (mutable && self instanceof ValueInstance v) {
                if (r == v.value) {
                    return self;
                }
                if ((name.equals("__repr__") || name.equals("__str__"))
                        && r instanceof String text) {
                    // bytearray's repr names the class: BA(b'ab').
                    return Types.name(self) + text.substring(text.indexOf('('));
                }
            }
            return r;
        };
    }

    static CpsCode unwrapping(String name, CpsCode code) {
        boolean keepArgs = KEEP_ARGS.contains(name);
        return (t, site, a, k) -> code.call(t, site,
                unwrap(a, keepArgs ? Math.min(1, a.length) : a.length), k);
    }

    /** {@code a} with its first {@code n} wrapped values unwrapped; {@code a} when none is. */
    static Object[] unwrap(Object[] a, int n) {
        Object[] out = a;
        for (int i = 0; i < n; i++) {
            if (a[i] instanceof ValueInstance v) {
                if (out == a) {
                    out = a.clone();
                }
                out[i] = v.value;
            }
        }
        return out;
    }
}
