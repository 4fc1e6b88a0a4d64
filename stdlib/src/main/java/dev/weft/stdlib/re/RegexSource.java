// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

/**
 * The pattern as tokens, as CPython's tokenizer reads it: a token is one code point, or a
 * backslash with the code point after it. Positions count code points (bytes, for bytes
 * patterns), which is what {@code re.error.pos} reports.
 */
final class RegexSource {
    private final int[] cps;
    final boolean text;
    private int index;
    /** The next token (null at the end) and how many code points it spans. */
    private String next;
    private int nextLen;

    RegexSource(int[] cps, boolean text) {
        this.cps = cps;
        this.text = text;
        advance();
    }

    int length() {
        return cps.length;
    }

    private void advance() {
        int i = index;
        if (i >= cps.length) {
            next = null;
            nextLen = 0;
            return;
        }
        int c = cps[i];
        if (c == '\\') {
            if (i + 1 >= cps.length) {
                throw new RegexError("bad escape (end of pattern)", cps.length - 1);
            }
            next = "\\" + Character.toString(cps[i + 1]);
            nextLen = 2;
            index = i + 2;
            return;
        }
        next = Character.toString(c);
        nextLen = 1;
        index = i + 1;
    }

    /** The next token without consuming it (null at the end). */
    String peek() {
        return next;
    }

    /** True when the next token is exactly {@code s}. */
    boolean at(String s) {
        return s.equals(next);
    }

    /** True when the next token is one code point from {@code set}. */
    boolean atAny(String set) {
        return next != null && nextLen == 1 && set.indexOf(next) >= 0;
    }

    boolean match(String s) {
        if (s.equals(next)) {
            advance();
            return true;
        }
        return false;
    }

    String get() {
        String t = next;
        advance();
        return t;
    }

    /** Up to {@code n} tokens, each one code point from {@code set}. */
    String getWhile(int n, String set) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && atAny(set); i++) {
            sb.append(get());
        }
        return sb.toString();
    }

    /** Tokens up to {@code terminator} (consumed), for a name: errors as CPython words them. */
    String getUntil(String terminator, String what) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (true) {
            String c = next;
            advance();
            if (c == null) {
                if (count == 0) {
                    throw error("missing " + what, 0);
                }
                throw error("missing " + terminator + ", unterminated name", count);
            }
            if (c.equals(terminator)) {
                if (count == 0) {
                    throw error("missing " + what, 1);
                }
                return sb.toString();
            }
            sb.append(c);
            count += c.codePointCount(0, c.length());
        }
    }

    /** Where the next token starts. */
    int tell() {
        return index - nextLen;
    }

    void seek(int i) {
        index = i;
        advance();
    }

    RegexError error(String msg, int offset) {
        return new RegexError(text ? msg : asciiOnly(msg), tell() - offset);
    }

    /** Bytes patterns report their errors in ASCII with backslash escapes. */
    private static String asciiOnly(String msg) {
        StringBuilder sb = new StringBuilder();
        msg.codePoints().forEach(c -> {
            if (c < 128) {
                sb.appendCodePoint(c);
            } else {
                sb.append(String.format("\\x%02x", c));
            }
        });
        return sb.toString();
    }

    /** Length of a token in code points. */
    static int len(String token) {
        return token.codePointCount(0, token.length());
    }
}
