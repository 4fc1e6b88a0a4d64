// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.json;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;

/**
 * Parses JSON text as CPython's scanner does, with its error messages and positions (which
 * JSONDecodeError turns into "line L column C (char P)"). The decoder's hooks (object_hook,
 * object_pairs_hook, parse_float, parse_int, parse_constant) and strictness are honoured.
 * Positions are indexes into the Java string (CPython counts code points; they differ only
 * after characters beyond the BMP).
 */
final class JsonScanner {
    private final Fiber t;
    private final String s;
    private final Object errorClass;
    private final Object objectHook;
    private final Object pairsHook;
    private final Object parseFloat;
    private final Object parseInt;
    private final Object parseConstant;
    private final boolean strict;

    JsonScanner(Fiber t, Object decoder, String s, Object errorClass) {
        this.t = t;
        this.s = s;
        this.errorClass = errorClass;
        this.objectHook = hook(decoder, "object_hook");
        this.pairsHook = hook(decoder, "object_pairs_hook");
        Object pf = hook(decoder, "parse_float");
        this.parseFloat = pf == Types.FLOAT ? null : pf;
        Object pi = hook(decoder, "parse_int");
        this.parseInt = pi == Types.INT ? null : pi;
        this.parseConstant = hook(decoder, "parse_constant");
        Object st = decoder == WeftNone.NONE ? null : Attrs.lookup(t, decoder, "strict");
        this.strict = st == null || Truth.isTrue(t, st);
    }

    private Object hook(Object decoder, String name) {
        Object v = decoder == WeftNone.NONE ? null : Attrs.lookup(t, decoder, name);
        return v == WeftNone.NONE ? null : v;
    }

    /** JSONDecodeError(msg, doc, pos). */
    private WeftError error(String msg, int pos) {
        Object e = Calls.callDirect(t, errorClass, msg, s, (long) pos);
        return (WeftError) e;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    int skipSpace(int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** One value at i: [value, end]; "Expecting value" when there is none. */
    Object[] scan(int i) {
        if (i < 0 || i >= s.length()) {
            throw error("Expecting value", i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '"':
                return scanString(i + 1);
            case '{':
                return scanObject(i + 1);
            case '[':
                return scanArray(i + 1);
            case 'n':
                if (s.startsWith("null", i)) {
                    return new Object[] {WeftNone.NONE, i + 4};
                }
                break;
            case 't':
                if (s.startsWith("true", i)) {
                    return new Object[] {Boolean.TRUE, i + 4};
                }
                break;
            case 'f':
                if (s.startsWith("false", i)) {
                    return new Object[] {Boolean.FALSE, i + 5};
                }
                break;
            case 'N':
                if (s.startsWith("NaN", i)) {
                    return new Object[] {constant("NaN"), i + 3};
                }
                break;
            case 'I':
                if (s.startsWith("Infinity", i)) {
                    return new Object[] {constant("Infinity"), i + 8};
                }
                break;
            case '-':
                if (s.startsWith("-Infinity", i)) {
                    return new Object[] {constant("-Infinity"), i + 9};
                }
                break;
            default:
                break;
        }
        Object[] number = scanNumber(i);
        if (number == null) {
            throw error("Expecting value", i);
        }
        return number;
    }

    private Object constant(String name) {
        if (parseConstant != null) {
            return Calls.callDirect(t, parseConstant, name);
        }
        return switch (name) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            default -> Double.NEGATIVE_INFINITY;
        };
    }

    private boolean digitAt(int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, or null when none starts at i. */
    private Object[] scanNumber(int start) {
        int i = start;
        int last = s.length() - 1;
        if (i <= last && s.charAt(i) == '-') {
            i++;
        }
        if (i <= last && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (digitAt(i)) {
                i++;
            }
        } else if (i <= last && s.charAt(i) == '0') {
            i++;
        } else {
            return null;
        }
        boolean isFloat = false;
        if (i < last && s.charAt(i) == '.' && digitAt(i + 1)) {
            isFloat = true;
            i += 2;
            while (digitAt(i)) {
                i++;
            }
        }
        if (i < last && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i++;
            if (i < last && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int digits = i;
            while (digitAt(i)) {
                i++;
            }
            if (i > digits) {
                isFloat = true;
            } else {
                i = e;
            }
        }
        return new Object[] {number(s.substring(start, i), isFloat), i};
    }

    private Object number(String text, boolean isFloat) {
        Object hook = isFloat ? parseFloat : parseInt;
        if (hook != null) {
            return Calls.callDirect(t, hook, text);
        }
        if (isFloat) {
            // the grammar above is a subset of Java's, whose parse rounds correctly too
            return Double.parseDouble(text);
        }
        if (text.length() < 19) {
            return Long.parseLong(text);
        }
        try {
            // the general parser keeps CPython's limit on digits in int conversion
            return dev.weft.runtime.Numbers.fromNumber(
                    dev.weft.runtime.text.IntParse.parse(text, 10));
        } catch (dev.weft.runtime.text.TextError e) {
            throw dev.weft.runtime.Formatting.toError(e);
        }
    }

    private Object[] scanString(int i) {
        int begin = i - 1;
        // the common case: no escapes and no control characters before the closing quote
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '"') {
                return new Object[] {s.substring(i, j), j + 1};
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw error("Unterminated string starting at", begin);
            }
            char c = s.charAt(i);
            if (c == '"') {
                return new Object[] {sb.toString(), i + 1};
            }
            if (c != '\\') {
                if (strict && c < 0x20) {
                    throw error("Invalid control character at", i);
                }
                sb.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= s.length()) {
                throw error("Unterminated string starting at", begin);
            }
            c = s.charAt(i);
            if (c == 'u') {
                i = unicodeEscape(i, sb);
                continue;
            }
            char mapped = switch (c) {
                case '"' -> '"';
                case '\\' -> '\\';
                case '/' -> '/';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> 0;
            };
            if (mapped == 0) {
                throw error("Invalid \\escape", i - 1);
            }
            sb.append(mapped);
            i++;
        }
    }

    /** A \\uXXXX escape whose 'u' is at i (a surrogate pair joins); returns the next index. */
    private int unicodeEscape(int i, StringBuilder sb) {
        int code = hex4(i + 1);
        if (code < 0) {
            throw error("Invalid \\uXXXX escape", i);
        }
        int next = i + 5;
        if (Character.isHighSurrogate((char) code) && s.startsWith("\\u", next)) {
            int low = hex4(next + 2);
            if (low < 0) {
                throw error("Invalid \\uXXXX escape", next + 1);
            }
            if (Character.isLowSurrogate((char) low)) {
                sb.append((char) code).append((char) low);
                return next + 6;
            }
        }
        sb.append((char) code);
        return next;
    }

    private int hex4(int i) {
        if (i + 4 > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private Object[] scanObject(int i) {
        WeftList pairs = new WeftList();
        i = skipSpace(i);
        if (i >= s.length() || s.charAt(i) != '}') {
            while (true) {
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error("Expecting property name enclosed in double quotes", i);
                }
                Object[] key = scanString(i + 1);
                i = skipSpace((Integer) key[1]);
                if (i >= s.length() || s.charAt(i) != ':') {
                    throw error("Expecting ':' delimiter", i);
                }
                Object[] value = scan(skipSpace(i + 1));
                pairs.add(WeftTuple.of(key[0], value[0]));
                i = skipSpace((Integer) value[1]);
                if (i < s.length() && s.charAt(i) == '}') {
                    break;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter", i);
                }
                i = skipSpace(i + 1);
            }
        }
        return new Object[] {object(pairs), i + 1};
    }

    private Object object(WeftList pairs) {
        if (pairsHook != null) {
            return Calls.callDirect(t, pairsHook, pairs);
        }
        WeftDict d = new WeftDict();
        for (int k = 0; k < pairs.size(); k++) {
            WeftTuple p = (WeftTuple) pairs.get(k);
            d.put(t, p.get(0), p.get(1));
        }
        return objectHook != null ? Calls.callDirect(t, objectHook, d) : d;
    }

    private Object[] scanArray(int i) {
        WeftList items = new WeftList();
        i = skipSpace(i);
        if (i < s.length() && s.charAt(i) != ']') {
            while (true) {
                Object[] value = scan(i);
                items.add(value[0]);
                i = skipSpace((Integer) value[1]);
                if (i < s.length() && s.charAt(i) == ']') {
                    break;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter", i);
                }
                i = skipSpace(i + 1);
            }
        }
        if (i >= s.length() || s.charAt(i) != ']') {
            throw error("Expecting value", i);
        }
        return new Object[] {items, i + 1};
    }
}
