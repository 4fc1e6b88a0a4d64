// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr.ConstKind;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.Span;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Number and string literal values: Python's escapes decoded, with the codec's error messages
 * when an escape is malformed ({@link LiteralError}, placed by the caller).
 */
final class Literals {
    private Literals() {}

    /** A literal's decoding failed; {@code atToken} asks for the token's own position. */
    static final class LiteralError extends RuntimeException {
        final boolean atToken;

        LiteralError(String message, boolean atToken) {
            super(message, null, false, false);
            this.atToken = atToken;
        }
    }

    /** An int (Long or BigInteger), float or imaginary literal. */
    static Constant number(String text, Span span) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Constant(span, ConstKind.IMAG,
                    Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        String lower = t.toLowerCase(Locale.ROOT);
        int radix = lower.startsWith("0x") ? 16 : lower.startsWith("0o") ? 8
                : lower.startsWith("0b") ? 2 : 10;
        if (radix == 10 && (lower.indexOf('.') >= 0 || lower.indexOf('e') >= 0)) {
            return new Constant(span, ConstKind.FLOAT, Double.parseDouble(t));
        }
        String digits = radix == 10 ? t : t.substring(2);
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return new Constant(span, ConstKind.INT, Long.parseLong(digits, radix));
        }
        BigInteger big = new BigInteger(digits, radix);
        Object value = big.bitLength() < 64 ? (Object) big.longValue() : big;
        return new Constant(span, ConstKind.INT, value);
    }

    /** A str literal's body: escapes decoded unless raw. */
    static String decodeStr(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
            } else {
                i = strEscape(body, i, out);
            }
        }
        return out.toString();
    }

    /** Decodes the escape at {@code body[i] == '\\'}; returns the index after it. */
    private static int strEscape(String body, int i, StringBuilder out) {
        if (i + 1 >= body.length()) {
            throw unicodeError(body, i, i + 1, "\\ at end of string");
        }
        char e = body.charAt(i + 1);
        switch (e) {
            case '\n': return i + 2;
            case '\\': out.append('\\'); return i + 2;
            case '\'': out.append('\''); return i + 2;
            case '"': out.append('"'); return i + 2;
            case 'a': out.append('\u0007'); return i + 2;
            case 'b': out.append('\b'); return i + 2;
            case 'f': out.append('\f'); return i + 2;
            case 'n': out.append('\n'); return i + 2;
            case 'r': out.append('\r'); return i + 2;
            case 't': out.append('\t'); return i + 2;
            case 'v': out.append('\u000b'); return i + 2;
            case 'x': return hexEscape(body, i, 2, "truncated \\xXX escape", out);
            case 'u': return hexEscape(body, i, 4, "truncated \\uXXXX escape", out);
            case 'U': return hexEscape(body, i, 8, "truncated \\UXXXXXXXX escape", out);
            case 'N': return namedEscape(body, i, out);
            default:
                if (e >= '0' && e <= '7') {
                    int end = octalEnd(body, i + 1);
                    out.append((char) Integer.parseInt(body.substring(i + 1, end), 8));
                    return end;
                }
                out.append('\\'); // an unknown escape keeps its backslash
                return i + 1;
        }
    }

    private static int octalEnd(String body, int start) {
        int end = start;
        while (end < body.length() && end < start + 3 && body.charAt(end) >= '0'
                && body.charAt(end) <= '7') {
            end++;
        }
        return end;
    }

    private static int hexEscape(String body, int i, int digits, String message,
            StringBuilder out) {
        int start = i + 2;
        int end = start;
        while (end < body.length() && end < start + digits
                && isHex(body.charAt(end))) {
            end++;
        }
        if (end - start < digits) {
            throw unicodeError(body, i, end, message);
        }
        int cp = Integer.parseUnsignedInt(body.substring(start, end), 16);
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            throw unicodeError(body, i, end, "illegal Unicode character");
        }
        out.appendCodePoint(cp);
        return end;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static int namedEscape(String body, int i, StringBuilder out) {
        int open = i + 2;
        if (open >= body.length() || body.charAt(open) != '{') {
            throw unicodeError(body, i, open, "malformed \\N character escape");
        }
        int close = body.indexOf('}', open);
        if (close < 0 || close == open + 1) {
            throw unicodeError(body, i, close < 0 ? body.length() : close + 1,
                    "malformed \\N character escape");
        }
        try {
            out.appendCodePoint(Character.codePointOf(body.substring(open + 1, close)));
        } catch (IllegalArgumentException e) {
            throw unicodeError(body, i, close + 1, "unknown Unicode character name");
        }
        return close + 1;
    }

    /**
     * The unicodeescape codec's message. Its positions count bytes of CPython's intermediate
     * buffer, where each non-ASCII character has become a 10-byte \\UXXXXXXXX escape.
     */
    private static LiteralError unicodeError(String body, int start, int end, String reason) {
        int from = bufferOffset(body, start);
        int to = bufferOffset(body, end);
        String where = to - from <= 1
                ? "byte 0x" + String.format("%02x", (int) body.charAt(start)) + " in position "
                        + from
                : "bytes in position " + from + "-" + (to - 1);
        return new LiteralError("(unicode error) 'unicodeescape' codec can't decode " + where
                + ": " + reason, false);
    }

    private static int bufferOffset(String body, int index) {
        int n = 0;
        for (int i = 0; i < index && i < body.length(); i++) {
            n += body.charAt(i) < 0x80 ? 1 : Character.isLowSurrogate(body.charAt(i)) ? 0 : 10;
        }
        return n;
    }

    /** A bytes literal's body: ASCII only, escapes decoded unless raw. */
    static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw new LiteralError("bytes can only contain ASCII literal characters", true);
            }
        }
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (raw || c != '\\' || i + 1 >= body.length()) {
                out.write(c);
                i++;
            } else {
                i = bytesEscape(body, i, out);
            }
        }
        return out.toByteArray();
    }

    private static int bytesEscape(String body, int i, ByteArrayOutputStream out) {
        char e = body.charAt(i + 1);
        int simple = "\n\\'\"abfnrtv".indexOf(e);
        if (simple > 0) {
            out.write("\n\\'\"\u0007\b\f\n\r\t\u000b".charAt(simple));
            return i + 2;
        }
        if (simple == 0) {
            return i + 2; // a line continuation
        }
        if (e >= '0' && e <= '7') {
            int end = octalEnd(body, i + 1);
            out.write(Integer.parseInt(body.substring(i + 1, end), 8) & 0xff);
            return end;
        }
        if (e == 'x') {
            if (i + 3 < body.length() && isHex(body.charAt(i + 2)) && isHex(body.charAt(i + 3))) {
                out.write(Integer.parseInt(body.substring(i + 2, i + 4), 16));
                return i + 4;
            }
            throw new LiteralError("(value error) invalid \\x escape at position " + i, false);
        }
        out.write('\\');
        return i + 1;
    }
}
