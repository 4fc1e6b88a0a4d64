// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/**
 * Python str semantics over Java strings: lengths, indices and order count code points, not
 * UTF-16 units. Strings without surrogates (nearly all) take the direct path.
 */
public final class Strings {
    private Strings() {}

    /** Code point order (Java's compareTo orders UTF-16 units, which differs above U+FFFF). */
    /** str.isidentifier(): a Python identifier, by Unicode's identifier classes. */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return s.codePoints().skip(1).allMatch(cp -> Character.isUnicodeIdentifierPart(cp)
                && !Character.isIdentifierIgnorable(cp));
    }

    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** True when every char is a whole code point, so char indices are code point indices. */
    public static boolean isSimple(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The length in code points. */
    public static int length(String s) {
        return isSimple(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** The code point at code point index {@code i} as a one-character string. */
    public static String charAt(String s, int i) {
        if (isSimple(s)) {
            return String.valueOf(s.charAt(i));
        }
        int off = s.offsetByCodePoints(0, i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    /** Code points {@code [from, to)}. */
    public static String substring(String s, int from, int to) {
        if (isSimple(s)) {
            return s.substring(from, to);
        }
        int a = s.offsetByCodePoints(0, from);
        int b = s.offsetByCodePoints(a, to - from);
        return s.substring(a, b);
    }

    /** The string's code points. */
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }
}
