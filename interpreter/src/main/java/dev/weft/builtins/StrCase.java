// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.text.UnicodeProps;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * str's case mappings and character-class predicates, with CPython's full (multi-character)
 * mappings: {@code 'ß'.upper() == 'SS'}, {@code 'ß'.title() == 'Ss'}, and the final-sigma rule
 * wherever CPython lowercases in context.
 */
final class StrCase {
    private StrCase() {}

    private static final int SIGMA = 0x3A3;

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Java's own lowercasing, except that Σ follows CPython's stricter final-sigma rule. */
    static String lower(String s) {
        if (s.indexOf(SIGMA) < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        appendLower(sb, s, 0);
        return sb.toString();
    }

    private static String upperOf(int cp) {
        return new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
    }

    /** Lowercases the code point at char offset {@code i}, with the final-sigma rule. */
    private static String lowerAt(String s, int i, int cp) {
        if (cp == SIGMA) {
            return finalSigma(s, i) ? "\u03c2" : "\u03c3";
        }
        return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
    }

    /** Σ is final when a cased letter precedes it and none follows (case-ignorables skipped). */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int before = -1;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!caseIgnorable(c)) {
                before = c;
                break;
            }
        }
        if (before < 0 || !isCased(before)) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!caseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    private static boolean caseIgnorable(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT || type == Character.MODIFIER_LETTER
                || type == Character.MODIFIER_SYMBOL || c == '\'' || c == '.' || c == ':'
                || c == 0xB7 || c == 0x2019;
    }

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp)
                || Character.isTitleCase(cp);
    }

    /** The full titlecase mapping of one code point ({@code 'ß'} becomes {@code "Ss"}). */
    static String titleOf(int cp) {
        int t = Character.toTitleCase(cp);
        if (t != cp || Character.isTitleCase(cp)) {
            return new String(Character.toChars(t));
        }
        String up = upperOf(cp);
        if (up.codePointCount(0, up.length()) == 1) {
            return new String(Character.toChars(cp)); // e.g. Georgian: no distinct titlecase
        }
        int first = up.codePointAt(0);
        int n = Character.charCount(first);
        // Ligatures title as "Fi"; 'ŉ' keeps "ʼN" because its first part is not a letter case.
        return isCased(first) ? up.substring(0, n) + lower(up.substring(n)) : up;
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        StringBuilder sb = new StringBuilder(titleOf(first));
        appendLower(sb, s, Character.charCount(first));
        return sb.toString();
    }

    private static void appendLower(StringBuilder sb, String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(lowerAt(s, i, cp));
            i += Character.charCount(cp);
        }
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.append(prevCased ? lowerAt(s, i, cp) : titleOf(cp));
            prevCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                sb.append(lowerAt(s, i, cp));
            } else if (Character.isLowerCase(cp)) {
                sb.append(upperOf(cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * casefold: lower, upper, lower again (so 'ẞ' folds through 'ß' to "ss"), except where that
     * folds too far: dotless i stays, and Cherokee folds to its uppercase letters.
     */
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x131 || !isCased(cp) || cp >= 0x13A0 && cp <= 0x13F5) {
                sb.appendCodePoint(cp);
            } else if (cp >= 0x13F8 && cp <= 0x13FD || cp >= 0xAB70 && cp <= 0xABBF) {
                sb.append(upperOf(cp));
            } else {
                sb.append(lower(upper(lower(new String(Character.toChars(cp))))));
            }
        });
        return sb.toString();
    }

    // ---- predicates ------------------------------------------------------------------------

    /** True when s is not empty and every code point passes. */
    static boolean all(String s, IntPredicate test) {
        return !s.isEmpty() && s.codePoints().allMatch(test);
    }

    static boolean isAlnum(int cp) {
        return Character.isLetter(cp) || UnicodeProps.isNumeric(cp);
    }

    static boolean isDecimal(int cp) {
        return UnicodeProps.decimalValue(cp) >= 0;
    }

    /** islower (or isupper): some cased character, and none of the other case or titlecase. */
    static boolean isLower(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean lo = Character.isLowerCase(cp);
            boolean up = Character.isUpperCase(cp);
            if (Character.isTitleCase(cp) || (upper ? lo : up)) {
                return false;
            }
            cased |= upper ? up : lo;
        }
        return cased;
    }

    /** istitle: uppercase only after uncased characters, lowercase only after cased ones. */
    static boolean isTitle(String s) {
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

}
