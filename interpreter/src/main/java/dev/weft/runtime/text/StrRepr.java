// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/**
 * {@code repr()} and {@code ascii()} of str, and {@code repr()} of bytes, exactly as CPython
 * writes them. Java strings are UTF-16: a surrogate pair is one Python character, while a lone
 * surrogate is a character of its own (category Cs, so always escaped).
 */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** {@code repr(s)}: printable characters kept, the rest escaped. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}: like repr, but every non-ASCII character is escaped too. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    /** {@code repr(b)} for a bytes object: {@code b'...'}. */
    public static String reprBytes(byte[] b) {
        return reprBytes(b, 0, b.length);
    }

    /** {@code repr()} of {@code b[from:to]} as a bytes object. */
    public static String reprBytes(byte[] b, int from, int to) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = from; i < to; i++) {
            hasSingle |= b[i] == '\'';
            hasDouble |= b[i] == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(to - from + 3);
        out.append('b').append(q);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == q || c == '\\') {
                out.append('\\').append((char) c);
            } else if (!escapeControl(out, c)) {
                if (c < 0x20 || c >= 0x7f) {
                    hex2(out.append("\\x"), c);
                } else {
                    out.append((char) c);
                }
            }
        }
        return out.append(q).toString();
    }

    /**
     * {@code repr(s)} cut to at most {@code max} characters, as CPython's {@code %.200R} does in
     * messages such as int()'s "invalid literal"; the cut may drop the closing quote.
     */
    static String reprTruncated(String s, int max) {
        String r = repr(s);
        if (r.codePointCount(0, r.length()) <= max) {
            return r;
        }
        return r.substring(0, r.offsetByCodePoints(0, max));
    }

    private static String quote(String s, boolean asciiOnly) {
        // Single quotes unless that would need an escape and double quotes would not.
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendChar(out, cp, q, asciiOnly);
        }
        return out.append(q).toString();
    }

    private static void appendChar(StringBuilder out, int cp, char q, boolean asciiOnly) {
        if (cp == q || cp == '\\') {
            out.append('\\').append((char) cp);
        } else if (escapeControl(out, cp)) {
            return;
        } else if (cp < 0x20 || cp == 0x7f) {
            hex2(out.append("\\x"), cp);
        } else if (cp < 0x7f || (!asciiOnly && UnicodeProps.isPrintable(cp))) {
            out.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hex2(out.append("\\x"), cp);
        } else if (cp <= 0xffff) {
            hex(out.append("\\u"), cp, 4);
        } else {
            hex(out.append("\\U"), cp, 8);
        }
    }

    /** Writes the three named escapes both str and bytes use; false when c is not one. */
    private static boolean escapeControl(StringBuilder out, int c) {
        switch (c) {
            case '\t':
                out.append("\\t");
                return true;
            case '\n':
                out.append("\\n");
                return true;
            case '\r':
                out.append("\\r");
                return true;
            default:
                return false;
        }
    }

    private static void hex2(StringBuilder out, int c) {
        hex(out, c, 2);
    }

    private static void hex(StringBuilder out, int c, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            out.append(HEX[(c >>> shift) & 0xf]);
        }
    }
}
