// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigInteger;

/**
 * The built-in {@code format(value, spec)} for the Java shapes of Python's int, bool, float
 * and str; each delegates to the type's own formatter.
 */
public final class Formatter {
    private Formatter() {
    }

    public static String format(long v, String spec) {
        return IntFormat.format(v, spec);
    }

    public static String format(BigInteger v, String spec) {
        return IntFormat.format(v, spec);
    }

    /** bool formats as int, except that an empty spec gives 'True' or 'False'. */
    public static String format(boolean v, String spec) {
        if (spec.isEmpty()) {
            return v ? "True" : "False";
        }
        return IntFormat.format(v ? 1L : 0L, spec, "bool");
    }

    public static String format(double v, String spec) {
        return FloatFormat.format(v, spec);
    }

    public static String format(String v, String spec) {
        return StrFormat.format(v, spec);
    }

    /**
     * Dispatches on a Long, Integer, BigInteger, Boolean, Double or String.
     *
     * @throws IllegalArgumentException for any other Java type
     */
    public static String format(Object v, String spec) {
        if (v instanceof Long || v instanceof Integer) {
            return IntFormat.format(((Number) v).longValue(), spec);
        }
        if (v instanceof BigInteger) {
            return IntFormat.format((BigInteger) v, spec);
        }
        if (v instanceof Boolean) {
            return format(((Boolean) v).booleanValue(), spec);
        }
        if (v instanceof Double) {
            return FloatFormat.format((Double) v, spec);
        }
        if (v instanceof String) {
            return StrFormat.format((String) v, spec);
        }
        throw new IllegalArgumentException("not a formattable built-in: " + v.getClass());
    }
}
