// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigInteger;

/**
 * {@code int(text, base)} for str arguments, and the inverse conversions behind str(), hex(),
 * oct() and bin().
 */
public final class IntParse {
    private static final int REPR_LIMIT = 200;

    private IntParse() {
    }

    /** {@code int(text)}: base 10. */
    public static Number parse(String text) {
        return parse(text, 10);
    }

    /**
     * {@code int(text, base)}: optional whitespace (Python's definition), sign, base prefix
     * (required to match when base is 0, optional when it names the same base), digits with
     * single underscores between them; non-ASCII decimal digits count as digits.
     *
     * @return a Long when the value fits, otherwise a BigInteger
     * @throws TextError ValueError for a bad base or literal, or too many digits
     */
    public static Number parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw TextError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        Number result = new Scanner(UnicodeProps.toAsciiNumeric(text), base).scan();
        if (result == null) {
            throw TextError.valueError("invalid literal for int() with base " + base + ": "
                    + StrRepr.reprTruncated(text, REPR_LIMIT));
        }
        return result;
    }

    /** Parses the ASCII form of the literal; null means it is not a valid literal. */
    private static final class Scanner {
        private final String s;
        private int base;
        private int pos;

        Scanner(String s, int base) {
            this.s = s;
            this.base = base;
        }

        Number scan() {
            skipSpace();
            boolean negative = false;
            if (peek() == '+' || peek() == '-') {
                negative = peek() == '-';
                pos++;
            }
            boolean onlyZeroAllowed = detectBase();
            skipPrefix();
            StringBuilder digits = new StringBuilder();
            if (!readDigits(digits)) {
                return null;
            }
            if (!isPowerOfTwo(base)) {
                IntDigitLimit.checkToInt(digits.length());
            }
            skipSpace();
            if (pos != s.length()) {
                return null;
            }
            if (onlyZeroAllowed && !allZero(digits)) {
                return null; // "010" with base 0: C-style octal is not Python
            }
            return value(digits, negative);
        }

        /** For base 0, settles the base from the prefix; true when only zeros may follow. */
        private boolean detectBase() {
            if (base != 0) {
                return false;
            }
            if (peek() != '0') {
                base = 10;
                return false;
            }
            switch (Character.toLowerCase(peekAt(1))) {
                case 'x':
                    base = 16;
                    return false;
                case 'o':
                    base = 8;
                    return false;
                case 'b':
                    base = 2;
                    return false;
                default:
                    base = 10;
                    return true;
            }
        }

        /** Skips a prefix matching the base, and the one underscore allowed after it. */
        private void skipPrefix() {
            if (peek() != '0') {
                return;
            }
            char p = Character.toLowerCase(peekAt(1));
            if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
                pos += 2;
                if (peek() == '_') {
                    pos++;
                }
            }
        }

        /** Reads at least one digit, with underscores only singly between digits. */
        private boolean readDigits(StringBuilder digits) {
            if (peek() == '_') {
                return false;
            }
            boolean afterUnderscore = false;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '_') {
                    if (afterUnderscore) {
                        return false;
                    }
                    afterUnderscore = true;
                } else if (digitValue(c) < base) {
                    digits.append(c);
                    afterUnderscore = false;
                } else {
                    break;
                }
                pos++;
            }
            return digits.length() > 0 && !afterUnderscore;
        }

        private Number value(StringBuilder digits, boolean negative) {
            String d = digits.toString();
            if (d.length() <= 12) { // 36^12 < 2^63: no overflow possible
                long v = Long.parseLong(d, base);
                return negative ? -v : v;
            }
            BigInteger v = new BigInteger(d, base);
            return IntValue.normalize(negative ? v.negate() : v);
        }

        private void skipSpace() {
            while (pos < s.length() && isAsciiSpace(s.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            return peekAt(0);
        }

        private char peekAt(int offset) {
            return pos + offset < s.length() ? s.charAt(pos + offset) : '\0';
        }
    }

    private static boolean allZero(CharSequence digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** C's isspace in the "C" locale, which is what int() applies after mapping Unicode. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Value of an ASCII digit or letter, 99 for anything else. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        if (lower >= 'a' && lower <= 'z') {
            return lower - 'a' + 10;
        }
        return 99;
    }

    private static boolean isPowerOfTwo(int base) {
        return (base & (base - 1)) == 0;
    }

    /** {@code str(v)}: decimal, subject to the int max str digits limit. */
    public static String toString(long v) {
        return Long.toString(v);
    }

    /** {@code str(v)}: decimal, subject to the int max str digits limit. */
    public static String toString(BigInteger v) {
        return IntDigitLimit.decimal(v);
    }

    /** {@code str(v)} for a Long or BigInteger. */
    public static String toString(Number v) {
        return v instanceof BigInteger ? toString((BigInteger) v) : Long.toString(v.longValue());
    }

    /**
     * v in the given base (2 to 36), lower-case digits, with the sign first; with
     * {@code prefix}, bases 2, 8 and 16 get "0b", "0o", "0x" after the sign, as bin(), oct()
     * and hex() write them: {@code hex(-31) == '-0x1f'}.
     */
    public static String toString(long v, int base, boolean prefix) {
        if (base == 10) {
            return Long.toString(v);
        }
        String digits = v < 0 ? Long.toUnsignedString(-v, base) : Long.toString(v, base);
        return assemble(v < 0, base, prefix, digits);
    }

    /** As {@link #toString(long, int, boolean)}, for a BigInteger. */
    public static String toString(BigInteger v, int base, boolean prefix) {
        if (base == 10) {
            return IntDigitLimit.decimal(v);
        }
        return assemble(v.signum() < 0, base, prefix, v.abs().toString(base));
    }

    /** As {@link #toString(long, int, boolean)}, for a Long or BigInteger. */
    public static String toString(Number v, int base, boolean prefix) {
        return v instanceof BigInteger ? toString((BigInteger) v, base, prefix)
                : toString(v.longValue(), base, prefix);
    }

    private static String assemble(boolean negative, int base, boolean prefix, String digits) {
        if (base < 2 || base > 36) {
            throw new IllegalArgumentException("base " + base);
        }
        String p = !prefix ? "" : base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
        return (negative ? "-" : "") + p + digits;
    }
}
