// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/** {@code format(float, spec)}, i.e. {@code float.__format__}, also used for int values. */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** {@code format(v, spec)}; an empty spec gives {@code str(v)}. */
    public static String format(double v, String spec) {
        return format(v, spec, "float");
    }

    /** As {@link #format(double, String)}, naming {@code typeName} in error messages. */
    public static String format(double v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(v);
        }
        return format(v, FormatSpec.parse(spec, typeName, 0, '>'), typeName);
    }

    static String format(double v, FormatSpec spec, String typeName) {
        char code;
        switch (spec.type) {
            case 0:
                code = 'r';
                break;
            case 'n':
                code = 'g'; // 'n' is 'g' in the C locale, which has no grouping
                break;
            case '%':
                code = 'f';
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                code = (char) spec.type;
                break;
            default:
                throw spec.unknownType(typeName);
        }
        if (spec.precision > Integer.MAX_VALUE) {
            throw TextError.valueError("precision too big");
        }
        int flags = (spec.alternate ? FloatString.ALT : 0)
                | (spec.noNegZero ? FloatString.NO_NEG_0 : 0);
        int precision = (int) spec.precision;
        if (code == 'r') {
            // No type: repr when no precision is given, else 'g' that keeps a ".0" on
            // integral results and switches to exponents one digit earlier.
            flags |= FloatString.ADD_DOT_0;
            if (precision >= 0) {
                code = 'g';
            }
        } else if (precision < 0) {
            precision = 6;
        }
        String text = spec.type == '%'
                ? FloatString.format(v * 100, code, precision, flags) + "%"
                : FloatString.format(v, code, precision, flags);
        return layout(spec, text);
    }

    /** Splits the converted text into sign, integer digits and the rest, then pads it. */
    private static String layout(FormatSpec spec, String text) {
        boolean negative = text.startsWith("-");
        int start = negative ? 1 : 0;
        int end = start;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        boolean hasDecimal = end < text.length() && text.charAt(end) == '.';
        String remainder = text.substring(hasDecimal ? end + 1 : end);
        return NumberLayout.render(spec, negative, "", text.substring(start, end),
                hasDecimal, remainder);
    }
}
