// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import dev.weft.runtime.text.FloatRepr;
import dev.weft.runtime.text.StrRepr;
import java.math.BigInteger;

/** {@code repr()} and {@code str()} of every value, as CPython prints them. */
public final class Reprs {
    private Reprs() {}

    public static String repr(Fiber t, Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return Numbers.decimal(b);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (o == WeftNone.NONE) {
            return "None";
        }
        WeftType type = Types.of(o);
        if (!type.isBuiltin()) {
            Object f = type.lookup("__repr__");
            if (f != null && f != ObjectMethods.REPR) {
                return checkStr(Calls.callDirect(t, f, o), "__repr__");
            }
            if (o instanceof WeftError e) {
                return errorRepr(t, e);
            }
            return defaultRepr(o);
        }
        return ContainerReprs.repr(t, o);
    }

    /** The repr a builtin type gives its instances, ignoring subclass overrides. */
    public static String builtinRepr(Fiber t, Object o) {
        return ContainerReprs.repr(t, o);
    }

    public static String str(Fiber t, Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return Numbers.decimal(b);
        }
        WeftType type = Types.of(o);
        if (!type.isBuiltin()) {
            Object f = type.lookup("__str__");
            if (f != null && f != ObjectMethods.STR) {
                return checkStr(Calls.callDirect(t, f, o), "__str__");
            }
        }
        if (o instanceof WeftError e) {
            return errorStr(t, e);
        }
        return repr(t, o);
    }

    private static String checkStr(Object r, String method) {
        if (r instanceof String s) {
            return s;
        }
        throw Errors.typeError(method + " returned non-string (type " + Types.name(r) + ")");
    }

    /** {@code <__main__.A object at 0x7f...>}. */
    public static String defaultRepr(Object o) {
        WeftType type = Types.of(o);
        String name = "builtins".equals(type.module()) ? type.name()
                : type.module() + "." + type.name();
        return "<" + name + " object at " + address(o) + ">";
    }

    /** A stable pseudo-address for an object, formatted as CPython prints pointers. */
    public static String address(Object o) {
        return String.format("0x%012x", 0x7f0000000000L + 16L * System.identityHashCode(o));
    }

    /** {@code str(e)}: the lone argument's str, or the args tuple's. */
    public static String errorStr(Fiber t, WeftError e) {
        if (e instanceof WeftExceptionGroup g) {
            int n = g.exceptions().size();
            return g.message() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (e instanceof WeftOsError os) {
            String s = os.describe(t);
            if (s != null) {
                return s;
            }
        }
        WeftTuple args = e.args();
        if (e.isInstance(ErrorTypes.KEY_ERROR) && args.size() == 1) {
            return repr(t, args.get(0));
        }
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            return str(t, args.get(0));
        }
        return repr(t, args);
    }

    /** {@code repr(e)}: {@code ValueError('x')}. */
    public static String errorRepr(Fiber t, WeftError e) {
        WeftTuple args = e.args();
        String name = e.type().name();
        if (args.size() == 1) {
            return name + "(" + repr(t, args.get(0)) + ")";
        }
        return name + repr(t, args);
    }
}
