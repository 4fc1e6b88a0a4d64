// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Formatting;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.WeftDict;

/** {@code str.format} and {@code format_map}: replacement fields, conversions, nested specs. */
final class StrFormatter {
    private final Fiber t;
    private final String fmt;
    private final Object[] positional;
    private final Object keywords;
    /** -1 unset, 0 automatic numbering in use, 1 manual numbering in use. */
    private int numbering = -1;
    private int next;

    private StrFormatter(Fiber t, String fmt, Object[] positional, Object keywords) {
        this.t = t;
        this.fmt = fmt;
        this.positional = positional;
        this.keywords = keywords;
    }

    static String format(Fiber t, String fmt, Object[] positional, Object keywords) {
        return new StrFormatter(t, fmt, positional, keywords).render(fmt, 2);
    }

    private String render(String s, int depth) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int end = matchingBrace(s, i);
                out.append(field(s.substring(i + 1, end), depth));
                i = end + 1;
            } else if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw Errors.valueError(open + 1 < s.length() ? "expected '}' before end of string"
                : "Single '{' encountered in format string");
    }

    private String field(String body, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        int colon = -1;
        int bang = -1;
        int bracket = 0;
        for (int i = 0; i < body.length() && colon < 0; i++) {
            char c = body.charAt(i);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && c == '!' && bang < 0) {
                bang = i;
            } else if (bracket == 0 && c == ':') {
                colon = i;
            }
        }
        String head = colon < 0 ? body : body.substring(0, colon);
        String conv = null;
        if (bang >= 0 && (colon < 0 || bang < colon)) {
            conv = head.substring(bang + 1);
            head = head.substring(0, bang);
            if (conv.length() != 1) {
                throw Errors.valueError(conv.isEmpty()
                        ? "end of string while looking for conversion specifier"
                        : "expected ':' after conversion specifier");
            }
        }
        Object value = resolve(head);
        // The field takes its automatic number before the fields nested in its spec do.
        String spec = colon < 0 ? "" : render(body.substring(colon + 1), depth - 1);
        if (conv != null) {
            switch (conv.charAt(0)) {
                case 'r' -> value = Reprs.repr(t, value);
                case 's' -> value = Reprs.str(t, value);
                case 'a' -> value = Formatting.ascii(t, value);
                default -> throw Errors.valueError("Unknown conversion specifier " + conv);
            }
        }
        return Formatting.format(t, value, spec);
    }

    private Object resolve(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        Object value = argument(first);
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                value = Attrs.get(t, value, name.substring(i + 1, j));
                i = j;
            } else {
                int close = name.indexOf(']', i);
                if (close < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, close);
                Object k = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                        ? (Object) Long.parseLong(key) : key;
                value = Protocols.getItem(t, value, k);
                i = close + 1;
            }
        }
        return value;
    }

    private Object argument(String first) {
        if (first.isEmpty()) {
            if (numbering == 1) {
                throw Errors.valueError("cannot switch from manual field specification to"
                        + " automatic field numbering");
            }
            numbering = 0;
            return positional(next++);
        }
        if (first.chars().allMatch(Character::isDigit)) {
            if (numbering == 0) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual"
                        + " field specification");
            }
            numbering = 1;
            return positional(Integer.parseInt(first));
        }
        if (keywords instanceof WeftDict d) {
            Object v = d.getStr(first);
            if (v == null) {
                throw Errors.keyError(first);
            }
            return v;
        }
        if (keywords != null) {
            return Protocols.getItem(t, keywords, first);
        }
        throw Errors.keyError(first);
    }

    private Object positional(int i) {
        if (positional == null) {
            throw Errors.valueError("Format string contains positional fields");
        }
        if (i >= positional.length) {
            throw Errors.indexError("Replacement index " + i
                    + " out of range for positional args tuple");
        }
        return positional[i];
    }
}
