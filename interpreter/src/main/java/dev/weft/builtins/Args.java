// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftNone;
import java.util.Arrays;

/**
 * Argument checks for builtin methods with CPython's messages. {@code a[0]} is self and is not
 * counted; {@code qual} is the method's qualified name ({@code "str.find"}). CPython words the
 * same mistake differently depending on how each C method parses its arguments, hence the
 * several shapes.
 */
final class Args {
    private Args() {}

    private static String shortName(String qual) {
        return qual.substring(qual.indexOf('.') + 1);
    }

    private static int given(Object[] a) {
        return a.length - 1;
    }

    static void noKeywords(String qual, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError(qual + "() takes no keyword arguments");
        }
    }

    /** A METH_NOARGS method: {@code str.upper() takes no arguments (1 given)}. */
    static void none(String qual, Object[] a, String[] k) {
        noKeywords(qual, k);
        if (given(a) != 0) {
            throw Errors.typeError(qual + "() takes no arguments (" + given(a) + " given)");
        }
    }

    /** A METH_O method: {@code list.append() takes exactly one argument (0 given)}. */
    static void one(String qual, Object[] a, String[] k) {
        noKeywords(qual, k);
        if (given(a) != 1) {
            throw Errors.typeError(qual + "() takes exactly one argument (" + given(a)
                    + " given)");
        }
    }

    /** An Argument Clinic positional check: {@code center expected at least 1 argument, got 0}. */
    static void range(String qual, Object[] a, String[] k, int min, int max) {
        noKeywords(qual, k);
        int n = given(a);
        String name = shortName(qual);
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min
                    + plural(min) + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max
                    + plural(max) + ", got " + n);
        }
    }

    /** A PyArg_ParseTuple check: {@code find() takes at most 3 arguments (4 given)}. */
    static void tuple(String qual, Object[] a, String[] k, int min, int max) {
        noKeywords(qual, k);
        int n = given(a);
        String name = shortName(qual);
        if (n < min || n > max) {
            String how = min == max ? "exactly" : n < min ? "at least" : "at most";
            int bound = n < min ? min : max;
            throw Errors.typeError(name + "() takes " + how + " " + bound + plural(bound) + " ("
                    + n + " given)");
        }
    }

    private static String plural(int n) {
        return n == 1 ? " argument" : " arguments";
    }

    /** The arguments after self, for binding with a {@link Sig}. */
    static Object[] rest(Object[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    /** {@code a[i]}, or null when fewer arguments were given. */
    static Object opt(Object[] a, int i) {
        return i < a.length ? a[i] : null;
    }

    /** A slice bound as {@code str.find} takes it: None, an int or {@code __index__}. */
    static Long sliceIndex(Fiber t, Object o) {
        if (o == null || o == WeftNone.NONE) {
            return null;
        }
        if (!Protocols.isIndex(o)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__"
                    + " method");
        }
        return IntOps.isInt(o) ? IntOps.clampLong(o) : Protocols.index(t, o);
    }

    /** The value of an integer argument, as {@code Py_ssize_t} conversion does it. */
    static long index(Fiber t, Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof java.math.BigInteger) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return Protocols.index(t, o);
    }

    /** A str argument: {@code replace() argument 1 must be str, not int} (what may be null). */
    static String str(String what, Object o) {
        String s = dev.weft.runtime.ValueInstance.str(o);
        if (s != null) {
            return s;
        }
        throw Errors.typeError((what == null ? "" : what + " ") + "must be str, not "
                + Types.name(o));
    }

    /** A slot wrapper ({@code "x".__add__()}): {@code expected 1 argument, got 0}. */
    static void wrapper(String name, Object[] a, String[] k, int n) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (given(a) != n) {
            throw Errors.typeError("expected " + n + (n == 1 ? " argument" : " arguments")
                    + ", got " + given(a));
        }
    }
}
