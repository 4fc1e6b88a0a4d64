// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/**
 * {@code float(text)} for str arguments: surrounding whitespace, a sign, then a decimal
 * literal (digits, optional point and fraction, optional exponent, single underscores between
 * digits) or "inf", "infinity", "nan" in any case. Hexadecimal and Java's suffixes are not
 * Python syntax, so the text is validated here before Java converts the digits.
 */
public final class FloatParse {
    /** Past this decimal exponent every double overflows or underflows, whatever the digits. */
    private static final long EXP_CLAMP = 100_000;
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private FloatParse() {
    }

    /**
     * Parses text as float() does.
     *
     * @throws TextError ValueError "could not convert string to float: 'text'"
     */
    public static double parse(String text) {
        String ascii = UnicodeProps.toAsciiNumeric(text);
        if (ascii.indexOf('_') >= 0) {
            ascii = removeUnderscores(ascii);
        }
        Double v = ascii == null ? null : parseStripped(strip(ascii));
        if (v == null) {
            throw TextError.valueError("could not convert string to float: "
                    + StrRepr.repr(text));
        }
        return v;
    }

    /** Drops underscores that sit between two digits; null if any sits elsewhere. */
    private static String removeUnderscores(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char prev = '\0';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev)) {
                    return null;
                }
            } else {
                if (prev == '_' && !isDigit(c)) {
                    return null;
                }
                out.append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : out.toString();
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && IntParse.isAsciiSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && IntParse.isAsciiSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** The value of a whole stripped literal, or null when it is not one. */
    private static Double parseStripped(String s) {
        int pos = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            pos = 1;
        }
        String rest = s.substring(pos);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            // float('-nan') keeps its sign bit (math.copysign sees it), though repr hides it.
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        Double v = parseDecimal(rest);
        return v == null ? null : negative ? -v : v;
    }

    /** digits [. digits] [e [sign] digits], with at least one mantissa digit. */
    private static Double parseDecimal(String s) {
        int pos = 0;
        int intStart = pos;
        while (pos < s.length() && isDigit(s.charAt(pos))) {
            pos++;
        }
        String intPart = s.substring(intStart, pos);
        String fracPart = "";
        if (pos < s.length() && s.charAt(pos) == '.') {
            int fracStart = ++pos;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
            fracPart = s.substring(fracStart, pos);
        }
        if (intPart.isEmpty() && fracPart.isEmpty()) {
            return null;
        }
        long exp = 0;
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            boolean expNegative = false;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                expNegative = s.charAt(pos) == '-';
                pos++;
            }
            int expStart = pos;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                // Saturate: a huge exponent only needs to stay huge.
                exp = Math.min(exp * 10 + (s.charAt(pos) - '0'), EXP_CLAMP * 10);
                pos++;
            }
            if (pos == expStart) {
                return null;
            }
            exp = expNegative ? -exp : exp;
        }
        if (pos != s.length()) {
            return null;
        }
        return toDouble(intPart + fracPart, exp - fracPart.length());
    }

    /** The double nearest to {@code digits x 10^exp}. */
    private static double toDouble(String digits, long exp) {
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        if (first == digits.length()) {
            return 0.0;
        }
        digits = digits.substring(first);
        long magnitude = exp + digits.length(); // value = 0.DIGITS x 10^magnitude
        if (magnitude > 400) {
            return Double.POSITIVE_INFINITY;
        }
        if (magnitude < -400) {
            return 0.0;
        }
        // Java's decimal-to-double conversion is correctly rounded for its own syntax, which
        // this normalized form is.
        return Double.parseDouble("0." + digits + "E" + magnitude);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
