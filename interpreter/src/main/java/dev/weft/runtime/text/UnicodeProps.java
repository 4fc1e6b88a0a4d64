// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.util.Arrays;

/**
 * Character properties as CPython 3.11 defines them (Unicode 14.0.0): printable for repr(),
 * whitespace for strip/int()/float(), and decimal digit values for int()/float()/format widths.
 */
public final class UnicodeProps {
    private static final int[][] NON_PRINTABLE = parse(UnicodeTables.NON_PRINTABLE);
    private static final int[][] DECIMAL = parse(UnicodeTables.DECIMAL);
    private static final int[][] WHITESPACE = parse(UnicodeTables.WHITESPACE);
    private static final int[][] DIGIT = parse(UnicodeTables.DIGIT);
    private static final int[][] NUMERIC = parse(UnicodeTables.NUMERIC);

    private UnicodeProps() {
    }

    /** {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp >= 0x20 && cp < 0x7f) {
            return true; // the ASCII fast path: every visible character and space
        }
        return find(NON_PRINTABLE, cp) < 0;
    }

    /** {@code str.isspace()} for one code point. */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }
        return find(WHITESPACE, cp) >= 0;
    }

    /** {@code str.isdigit()} for one code point: decimals plus superscripts, circled digits... */
    public static boolean isDigit(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return find(DIGIT, cp) >= 0;
    }

    /** {@code str.isnumeric()} for one code point: digits plus fractions, numerals, CJK... */
    public static boolean isNumeric(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return find(NUMERIC, cp) >= 0;
    }

    /** The decimal digit value of a code point (Python's {@code unicodedata.decimal}), or -1. */
    public static int decimalValue(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        int i = find(DECIMAL, cp);
        // Every range starts at a digit zero and may hold several consecutive zero-to-nine runs.
        return i < 0 ? -1 : (cp - DECIMAL[0][i]) % 10;
    }

    /**
     * The ASCII text int() and float() actually parse: non-ASCII whitespace becomes a space,
     * non-ASCII decimal digits become ASCII digits, and the first other non-ASCII character
     * becomes {@code '?'} and ends the text (it can only make the literal invalid).
     */
    static String toAsciiNumeric(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x7f) {
                out.append((char) cp);
            } else if (isSpace(cp)) {
                out.append(' ');
            } else {
                int d = decimalValue(cp);
                if (d < 0) {
                    out.append('?');
                    break;
                }
                out.append((char) ('0' + d));
            }
        }
        return out.toString();
    }

    /** Index of the range holding cp, or a negative number when none does. */
    private static int find(int[][] table, int cp) {
        int i = Arrays.binarySearch(table[0], cp);
        if (i >= 0) {
            return i;
        }
        int below = -i - 2; // the last range starting before cp
        return below >= 0 && cp <= table[1][below] ? below : -1;
    }

    /** Splits a table of {@code lo-hi} / {@code cp} tokens into parallel start and end arrays. */
    private static int[][] parse(String table) {
        String[] tokens = table.trim().split("\\s+");
        int[] lo = new int[tokens.length];
        int[] hi = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            int dash = tokens[i].indexOf('-');
            if (dash < 0) {
                lo[i] = hi[i] = Integer.parseInt(tokens[i], 16);
            } else {
                lo[i] = Integer.parseInt(tokens[i].substring(0, dash), 16);
                hi[i] = Integer.parseInt(tokens[i].substring(dash + 1), 16);
            }
        }
        return new int[][] {lo, hi};
    }
}
