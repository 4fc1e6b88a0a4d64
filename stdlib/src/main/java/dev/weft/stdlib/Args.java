// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;

/** Argument conversions shared by the library modules, with CPython's messages. */
public final class Args {
    private Args() {}

    /** A float argument (PyFloat_AsDouble): a float, an int, or {@code __float__}/{@code __index__}. */
    public static double toDouble(Fiber t, Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (IntOps.isInt(o)) {
            return IntOps.toDouble(o);
        }
        WeftType type = Types.of(o);
        Object f = type.isBuiltin() ? null : type.lookup("__float__");
        if (f != null) {
            Object r = dev.weft.runtime.ValueInstance.unwrap(Calls.callDirect(t, f, o));
            if (r instanceof Double d) {
                return d;
            }
            throw Errors.typeError(type.name() + ".__float__ returned non-float (type "
                    + Types.name(r) + ")");
        }
        f = type.isBuiltin() ? null : type.lookup("__index__");
        if (f != null) {
            return IntOps.toDouble(toIndex(t, o));
        }
        throw Errors.typeError("must be real number, not " + type.name());
    }

    /** An int argument ({@code operator.index}): Long or BigInteger, never bool. */
    public static Object toIndex(Fiber t, Object o) {
        if (o instanceof Long || o instanceof java.math.BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        WeftType type = Types.of(o);
        Object f = type.isBuiltin() ? null : type.lookup("__index__");
        if (f != null) {
            Object r = dev.weft.runtime.ValueInstance.unwrap(Calls.callDirect(t, f, o));
            if (IntOps.isInt(r)) {
                return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
            }
            throw Errors.typeError("__index__ returned non-int (type " + Types.name(r) + ")");
        }
        throw Errors.typeError("'" + type.name() + "' object cannot be interpreted as an integer");
    }

    /**
     * Checks a positional-only call's arity with CPython's _PyArg_CheckPositional messages
     * ({@code "copysign expected 2 arguments, got 1"}); keywords are refused.
     */
    public static void positional(String name, Object[] args, String[] kwnames, int min,
            int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min
                    + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max
                    + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** A one-argument function (METH_O): {@code "math.sqrt() takes exactly one argument (0 given)"}. */
    public static Object one(String qualname, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + args.length
                    + " given)");
        }
        return args[0];
    }

    /** The value, or {@code dflt} when the optional argument was not given or is None. */
    public static Object orDefault(Object v, Object dflt) {
        return v == null || v == WeftNone.NONE ? dflt : v;
    }

    /** True when an optional argument was given as something other than None. */
    public static boolean given(Object v) {
        return v != null && v != WeftNone.NONE;
    }
}
