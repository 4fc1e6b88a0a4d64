// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.stdlib.re.RegexNode.Alt;
import dev.weft.stdlib.re.RegexNode.Any;
import dev.weft.stdlib.re.RegexNode.At;
import dev.weft.stdlib.re.RegexNode.Atomic;
import dev.weft.stdlib.re.RegexNode.BackRef;
import dev.weft.stdlib.re.RegexNode.Category;
import dev.weft.stdlib.re.RegexNode.CharSet;
import dev.weft.stdlib.re.RegexNode.Conditional;
import dev.weft.stdlib.re.RegexNode.Group;
import dev.weft.stdlib.re.RegexNode.Literal;
import dev.weft.stdlib.re.RegexNode.Look;
import dev.weft.stdlib.re.RegexNode.Repeat;
import dev.weft.stdlib.re.RegexNode.Seq;
import dev.weft.stdlib.re.RegexNode.SetCategory;
import dev.weft.stdlib.re.RegexNode.SetItem;
import dev.weft.stdlib.re.RegexNode.SetLiteral;
import dev.weft.stdlib.re.RegexNode.SetRange;
import java.util.Set;

/**
 * Writes a parsed pattern as a {@code java.util.regex} pattern that matches what Python's
 * would. Nothing is left to Java's reading of {@code . ^ $ \b \d \w \s}, which differ from
 * Python's: each is spelled out. Python's groups become Java groups in the same order; a group
 * a conditional tests gets an extra empty group at its end, whose back reference succeeds
 * exactly when the group has matched.
 */
final class Emitter {
    private static final String UNICODE_SPACE = "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{1f} \\x{85}"
            + "\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";
    private static final String ASCII_SPACE = " \\t\\n\\r\\f\\x{b}";

    private final StringBuilder out = new StringBuilder();
    private final boolean text;
    private final Set<Integer> tested;
    private final WidthOf widths;
    /** Python group number to Java group number, and to its completion marker (0: none). */
    final int[] javaGroup;
    final int[] marker;
    private int javaGroups;

    private Emitter(boolean text, ParseState state) {
        this.text = text;
        this.tested = state.tested;
        this.widths = n -> Widths.of(n, state);
        this.javaGroup = new int[state.groups()];
        this.marker = new int[state.groups()];
    }

    static Emitter emit(RegexNode root, boolean text, ParseState state) {
        Emitter e = new Emitter(text, state);
        e.node(root);
        return e;
    }

    /**
     * The Java pattern. Java steps lookbehinds back by code point only in a pattern that holds
     * a supplementary character itself, so text patterns with a lookbehind get one that
     * matches nothing extra.
     */
    String pattern() {
        if (text && out.indexOf("(?<") >= 0) {
            out.append("(?:").appendCodePoint(0x1F600).append("){0}");
        }
        return out.toString();
    }

    private void node(RegexNode n) {
        if (n instanceof Literal l) {
            literal(l.cp());
        } else if (n instanceof Any a) {
            out.append(a.dotall() ? "[\\x{0}-\\x{10ffff}]" : "[^\\n]");
        } else if (n instanceof Category c) {
            out.append(isNegated(c) ? "[^" : "[").append(members(c)).append(']');
        } else if (n instanceof CharSet s) {
            charSet(s);
        } else if (n instanceof Seq s) {
            for (RegexNode item : s.items()) {
                node(item);
            }
        } else if (n instanceof Alt a) {
            out.append("(?:");
            for (int i = 0; i < a.branches().size(); i++) {
                if (i > 0) {
                    out.append('|');
                }
                node(a.branches().get(i));
            }
            out.append(')');
        } else if (n instanceof Group g) {
            group(g);
        } else {
            other(n);
        }
    }

    private void other(RegexNode n) {
        if (n instanceof Atomic a) {
            wrap("(?>", a.body());
        } else if (n instanceof Look l) {
            wrap(l.behind() ? (l.negate() ? "(?<!" : "(?<=") : (l.negate() ? "(?!" : "(?="),
                    l.body());
        } else if (n instanceof Repeat r) {
            repeat(r);
        } else if (n instanceof BackRef b) {
            out.append("(?:\\").append(javaGroup[b.group()]).append(')');
        } else if (n instanceof Conditional c) {
            conditional(c);
        } else {
            anchor((At) n);
        }
    }

    private void wrap(String open, RegexNode body) {
        out.append(open);
        node(body);
        out.append(')');
    }

    private void group(Group g) {
        if (g.index() > 0) {
            javaGroup[g.index()] = ++javaGroups;
            out.append('(');
            node(g.body());
            if (tested.contains(g.index())) {
                marker[g.index()] = ++javaGroups;
                out.append("()");
            }
            out.append(')');
            return;
        }
        StringBuilder flags = new StringBuilder("(?");
        String caseFlags = text ? "iu" : "i";
        if ((g.addFlags() & RegexFlags.IGNORECASE) != 0) {
            flags.append(caseFlags);
        }
        if ((g.delFlags() & RegexFlags.IGNORECASE) != 0) {
            flags.append('-').append(caseFlags);
        }
        wrap(flags.append(':').toString(), g.body());
    }

    private void repeat(Repeat r) {
        RegexNode body = r.body();
        if (widths.of(body)[1] == 0 && r.max() > 1) {
            // Python runs a body that can only match empty once (capturing in it); Java's loops
            // would skip it. More iterations could only repeat the same empty match.
            r = new Repeat(body, Math.min(r.min(), 1), 1, r.greed());
        }
        boolean atom = body instanceof Literal || body instanceof Any || body instanceof Category
                || body instanceof CharSet || (body instanceof Group g && g.index() > 0);
        if (atom) {
            node(body);
        } else {
            wrap("(?:", body);
        }
        long min = r.min();
        long max = r.max();
        if (min > Integer.MAX_VALUE) {
            out.append("{0}(?!)");
            return;
        }
        if (max == RegexNode.MAXREPEAT || max > Integer.MAX_VALUE) {
            out.append(min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}");
        } else if (min == 0 && max == 1) {
            out.append('?');
        } else {
            out.append('{').append(min);
            if (max != min) {
                out.append(',').append(max);
            }
            out.append('}');
        }
        switch (r.greed()) {
            case LAZY -> out.append('?');
            case POSSESSIVE -> out.append('+');
            default -> { }
        }
    }

    /** The marker's back reference matches the empty string exactly when the group matched. */
    private void conditional(Conditional c) {
        int m = c.group() < marker.length ? marker[c.group()] : 0;
        String test = m == 0 ? "(?!)" : "(?=\\" + m + ")";
        String notTest = m == 0 ? "" : "(?!\\" + m + ")";
        out.append("(?:").append(test);
        node(c.yes());
        out.append('|').append(notTest);
        if (c.no() != null) {
            node(c.no());
        }
        out.append(')');
    }

    private void anchor(At a) {
        String word = "[" + wordMembers(a.ascii()) + "]";
        out.append(switch (a.anchor()) {
            case BEGINNING, BEGINNING_STRING -> "\\A";
            case BEGINNING_LINE -> "(?:\\A|(?<=\\n))";
            case END -> "(?=\\n?\\z)";
            case END_LINE -> "(?=\\n|\\z)";
            case END_STRING -> "\\z";
            case BOUNDARY -> "(?:(?<=" + word + ")(?!" + word + ")|(?<!" + word + ")(?="
                    + word + "))";
            case NON_BOUNDARY -> "(?!\\A\\z)(?:(?<=" + word + ")(?=" + word + ")|(?<!" + word
                    + ")(?!" + word + "))";
        });
    }

    private void charSet(CharSet s) {
        out.append(s.negate() ? "[^" : "[");
        for (SetItem item : s.items()) {
            if (item instanceof SetLiteral l) {
                setLiteral(l.cp());
            } else if (item instanceof SetRange r) {
                setLiteral(r.lo());
                out.append('-');
                setLiteral(r.hi());
            } else {
                Category c = ((SetCategory) item).category();
                if (isNegated(c)) {
                    out.append("[^").append(members(c)).append(']');
                } else {
                    out.append(members(c));
                }
            }
        }
        out.append(']');
    }

    private static boolean isNegated(Category c) {
        return Character.isUpperCase(c.kind());
    }

    /** The members of a category, as the inside of a Java character class. */
    private String members(Category c) {
        boolean ascii = c.ascii() || !text;
        return switch (Character.toLowerCase(c.kind())) {
            case 'd' -> ascii ? "0-9" : "\\p{Nd}";
            case 's' -> ascii ? ASCII_SPACE : UNICODE_SPACE;
            default -> wordMembers(ascii);
        };
    }

    private String wordMembers(boolean ascii) {
        return ascii || !text ? "a-zA-Z0-9_" : "\\p{L}\\p{N}_";
    }

    private void literal(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
            out.append((char) cp);
        } else {
            out.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }

    private void setLiteral(int cp) {
        literal(cp);
    }

    private interface WidthOf {
        long[] of(RegexNode n);
    }
}
