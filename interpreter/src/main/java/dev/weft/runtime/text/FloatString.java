// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/**
 * Renders a double under one of the conversion codes CPython's {@code PyOS_double_to_string}
 * knows: {@code e E f F g G} and {@code r} (repr). This is the shared core of repr(), format()
 * and the % operator; padding, grouping and signs beyond '-'/'+' are left to the callers.
 */
final class FloatString {
    /** Always write a sign, '+' for non-negative values. */
    static final int SIGN = 1;
    /** Append ".0" when the result would otherwise look like an integer (repr, format ''). */
    static final int ADD_DOT_0 = 2;
    /** The '#' alternate form: keep the decimal point and 'g' trailing zeros. */
    static final int ALT = 4;
    /** The 'z' option: a value that rounds to zero loses its minus sign. */
    static final int NO_NEG_0 = 8;

    private FloatString() {
    }

    /**
     * Formats x. For 'e' the precision counts digits after the point, for 'g' significant
     * digits (0 means 1), for 'f' places after the point; for 'r' it is ignored.
     */
    static String format(double x, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = Character.toLowerCase(code);
        if (Double.isNaN(x)) {
            // CPython never shows a sign on a NaN, whatever its sign bit.
            return ((flags & SIGN) != 0 ? "+" : "") + (upper ? "NAN" : "nan");
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        String sign = negative ? "-" : (flags & SIGN) != 0 ? "+" : "";
        if (Double.isInfinite(x)) {
            return sign + (upper ? "INF" : "inf");
        }
        double abs = Math.abs(x);
        DecimalDigits d;
        switch (lower) {
            case 'e':
                precision++; // the digit before the point counts too
                d = DecimalDigits.significant(abs, precision);
                break;
            case 'f':
                d = DecimalDigits.fixed(abs, precision);
                break;
            case 'g':
                precision = Math.max(precision, 1);
                d = DecimalDigits.significant(abs, precision);
                break;
            case 'r':
                d = DecimalDigits.shortest(abs);
                break;
            default:
                throw new IllegalArgumentException("format code " + code);
        }
        if ((flags & NO_NEG_0) != 0 && negative && isZero(d.digits)) {
            sign = (flags & SIGN) != 0 ? "+" : "";
        }
        return sign + layout(d, lower, precision, flags, upper);
    }

    private static boolean isZero(String digits) {
        return digits.isEmpty() || digits.equals("0");
    }

    /**
     * Places the digits: the output is a window onto the digit string padded with zeros on
     * both sides, with a point after position decpt and maybe an exponent.
     */
    private static String layout(DecimalDigits d, char code, int precision, int flags,
            boolean upper) {
        String digits = d.digits;
        int decpt = d.decpt;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        boolean useExp = false;
        int end = digits.length();
        switch (code) {
            case 'e':
                useExp = true;
                end = precision;
                break;
            case 'f':
                end = decpt + precision;
                break;
            case 'g':
                // With ADD_DOT_0 (format with no type) an exponent appears one digit sooner,
                // since "123." would need a ".0" that the precision has no room for.
                useExp = decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
                if (alt) {
                    end = precision;
                }
                break;
            default: // 'r': plain notation for 1e-4 <= |x| < 1e16
                useExp = decpt <= -4 || decpt > 16;
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        end = Math.max(end, !useExp && addDot0 ? decpt + 1 : decpt);
        StringBuilder out = new StringBuilder(end - start + 8);
        for (int i = start; i < end; i++) {
            if (i == decpt) {
                out.append('.');
            }
            out.append(i >= 0 && i < digits.length() ? digits.charAt(i) : '0');
        }
        if (end == decpt && alt) {
            out.append('.');
        }
        if (useExp) {
            appendExponent(out, upper ? 'E' : 'e', exp);
        }
        return out.toString();
    }

    /** C's "%+.02d": a sign and at least two digits. */
    private static void appendExponent(StringBuilder out, char e, int exp) {
        out.append(e).append(exp < 0 ? '-' : '+');
        int abs = Math.abs(exp);
        if (abs < 10) {
            out.append('0');
        }
        out.append(abs);
    }
}
