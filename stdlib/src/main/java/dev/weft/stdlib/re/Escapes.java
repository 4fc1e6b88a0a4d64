// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.stdlib.re.RegexNode.Anchor;
import dev.weft.stdlib.re.RegexNode.At;
import dev.weft.stdlib.re.RegexNode.BackRef;
import dev.weft.stdlib.re.RegexNode.Category;
import dev.weft.stdlib.re.RegexNode.Literal;

/** Backslash escapes, in a pattern and inside a character set, with CPython's errors. */
final class Escapes {
    private Escapes() {}

    static final String DIGITS = "0123456789";
    static final String OCTDIGITS = "01234567";
    static final String HEXDIGITS = "0123456789abcdefABCDEF";

    /** The code point of a simple escape such as {@code \n}, or -1. */
    static int simple(String escape) {
        return switch (escape) {
            case "\\a" -> 7;
            case "\\b" -> 8;
            case "\\f" -> 12;
            case "\\n" -> 10;
            case "\\r" -> 13;
            case "\\t" -> 9;
            case "\\v" -> 11;
            case "\\\\" -> '\\';
            default -> -1;
        };
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A category escape's letter (d, D, s, S, w, W), or 0. */
    static char category(String escape) {
        if (escape.length() == 2 && "dDsSwW".indexOf(escape.charAt(1)) >= 0) {
            return escape.charAt(1);
        }
        return 0;
    }

    /** An escape outside a character set. */
    static RegexNode inPattern(RegexSource source, String escape, ParseState state, int flags) {
        boolean ascii = isAscii(source, flags);
        char cat = category(escape);
        if (cat != 0) {
            return new Category(cat, ascii);
        }
        switch (escape) {
            case "\\A":
                return new At(Anchor.BEGINNING_STRING, ascii);
            case "\\Z":
                return new At(Anchor.END_STRING, ascii);
            case "\\b":
                return new At(Anchor.BOUNDARY, ascii);
            case "\\B":
                return new At(Anchor.NON_BOUNDARY, ascii);
            default:
                break;
        }
        int code = simple(escape);
        if (code >= 0) {
            return new Literal(code);
        }
        int c = escape.codePointAt(1);
        if (c == '0') {
            escape += source.getWhile(2, OCTDIGITS);
            return new Literal(Integer.parseInt(escape.substring(1), 8));
        }
        if (c >= '1' && c <= '9') {
            return numbered(source, escape, state);
        }
        return new Literal(common(source, escape));
    }

    /** {@code \1}..{@code \99} as a back reference, or three octal digits as a character. */
    private static RegexNode numbered(RegexSource source, String escape, ParseState state) {
        if (source.atAny(DIGITS)) {
            escape += source.get();
            if (OCTDIGITS.indexOf(escape.charAt(1)) >= 0
                    && OCTDIGITS.indexOf(escape.charAt(2)) >= 0 && source.atAny(OCTDIGITS)) {
                escape += source.get();
                int c = Integer.parseInt(escape.substring(1), 8);
                if (c > 0377) {
                    throw source.error("octal escape value " + escape
                            + " outside of range 0-0o377", escape.length());
                }
                return new Literal(c);
            }
        }
        int group = Integer.parseInt(escape.substring(1));
        if (group < state.groups()) {
            if (!state.isClosed(group)) {
                throw source.error("cannot refer to an open group", escape.length());
            }
            state.checkLookbehindGroup(group, source);
            return new BackRef(group);
        }
        throw source.error("invalid group reference " + group, escape.length() - 1);
    }

    /** An escape inside a character set: a literal or a category. */
    static RegexNode inSet(RegexSource source, String escape, int flags) {
        int code = simple(escape);
        if (code >= 0) {
            return new Literal(code);
        }
        char cat = category(escape);
        if (cat != 0) {
            return new Category(cat, isAscii(source, flags));
        }
        int c = escape.codePointAt(1);
        if (OCTDIGITS.indexOf(c) >= 0) {
            escape += source.getWhile(2, OCTDIGITS);
            int v = Integer.parseInt(escape.substring(1), 8);
            if (v > 0377) {
                throw source.error("octal escape value " + escape + " outside of range 0-0o377",
                        escape.length());
            }
            return new Literal(v);
        }
        if (c == '8' || c == '9') {
            throw source.error("bad escape " + escape, escape.length());
        }
        return new Literal(common(source, escape));
    }

    /** The escapes both places share: \x, \\u, \\U, \N{...}, and escaped punctuation. */
    private static int common(RegexSource source, String escape) {
        int c = escape.codePointAt(1);
        if (c == 'x') {
            return hex(source, escape, 2);
        }
        if (c == 'u' && source.text) {
            return hex(source, escape, 4);
        }
        if (c == 'U' && source.text) {
            int v = hex(source, escape, 8);
            if (v < 0 || v > Character.MAX_CODE_POINT) {
                throw source.error("bad escape " + escape + String.format("%08x", v), 10);
            }
            return v;
        }
        if (c == 'N' && source.text) {
            return named(source);
        }
        if (isAsciiLetter(c)) {
            throw source.error("bad escape " + escape, RegexSource.len(escape));
        }
        return c;
    }

    private static int hex(RegexSource source, String escape, int digits) {
        String e = escape + source.getWhile(digits, HEXDIGITS);
        if (e.length() != digits + 2) {
            throw source.error("incomplete escape " + e, e.length());
        }
        return (int) Long.parseLong(e.substring(2), 16);
    }

    private static int named(RegexSource source) {
        if (!source.match("{")) {
            throw source.error("missing {", 0);
        }
        String name = source.getUntil("}", "character name");
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw source.error("undefined character name " + Reprs.quote(name),
                    RegexSource.len(name) + 4);
        }
    }

    /** Whether categories and boundaries are ASCII-only here. */
    static boolean isAscii(RegexSource source, int flags) {
        return !source.text || (flags & RegexFlags.ASCII) != 0;
    }
}
