// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import java.util.ArrayList;
import java.util.List;

/**
 * A replacement template ({@code \1}, {@code \g<name>}, escapes), parsed once per sub() call
 * into literal pieces and group numbers, with CPython's errors.
 */
final class Replacement {
    /** Literal text (String) and group numbers (Integer), in order. */
    private final List<Object> parts = new ArrayList<>();
    /** True when the template has no group references (its text is used as is). */
    final boolean literal;

    private Replacement(int[] cps, boolean text, CompiledRegex re) {
        RegexSource s = new RegexSource(cps, text);
        StringBuilder lit = new StringBuilder();
        while (true) {
            String t = s.get();
            if (t == null) {
                break;
            }
            if (t.charAt(0) != '\\') {
                lit.append(t);
                continue;
            }
            int c = t.codePointAt(1);
            if (c == 'g') {
                group(s, re, lit, named(s, re));
            } else if (c == '0') {
                String e = t + s.getWhile(2, Escapes.OCTDIGITS);
                lit.append((char) (Integer.parseInt(e.substring(1), 8) & 0xff));
            } else if (c >= '1' && c <= '9') {
                numbered(s, re, lit, t);
            } else {
                int code = Escapes.simple(t);
                if (code >= 0) {
                    lit.append((char) code);
                } else if (Escapes.isAsciiLetter(c)) {
                    throw s.error("bad escape " + t, RegexSource.len(t));
                } else {
                    lit.append(t);
                }
            }
        }
        if (lit.length() > 0) {
            parts.add(lit.toString());
        }
        this.literal = parts.stream().allMatch(p -> p instanceof String);
    }

    static Replacement parse(int[] cps, boolean text, CompiledRegex re) {
        return new Replacement(cps, text, re);
    }

    private void group(RegexSource s, CompiledRegex re, StringBuilder lit, int[] ref) {
        if (ref[0] > re.groups) {
            throw s.error("invalid group reference " + ref[0], ref[1]);
        }
        if (lit.length() > 0) {
            parts.add(lit.toString());
            lit.setLength(0);
        }
        parts.add(ref[0]);
    }

    /** {@code \g<...>}: the group number and the error offset. */
    private static int[] named(RegexSource s, CompiledRegex re) {
        if (!s.match("<")) {
            throw s.error("missing <", 0);
        }
        String name = s.getUntil(">", "group name");
        int offset = RegexSource.len(name) + 1;
        if (GroupForms.isIdentifier(name)) {
            Integer g = re.names.get(name);
            if (g == null) {
                throw new UnknownGroup("unknown group name " + Reprs.quote(name));
            }
            return new int[] {g, offset};
        }
        if (name.isEmpty() || !name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw s.error("bad character in group name " + Reprs.quote(name), offset);
        }
        if (name.length() > 10 || Long.parseLong(name) >= ParseState.MAXGROUPS) {
            throw s.error("invalid group reference " + name, offset);
        }
        return new int[] {Integer.parseInt(name), offset};
    }

    private void numbered(RegexSource s, CompiledRegex re, StringBuilder lit, String t) {
        if (s.atAny(Escapes.DIGITS)) {
            t += s.get();
            if (Escapes.OCTDIGITS.indexOf(t.charAt(1)) >= 0
                    && Escapes.OCTDIGITS.indexOf(t.charAt(2)) >= 0
                    && s.atAny(Escapes.OCTDIGITS)) {
                t += s.get();
                int c = Integer.parseInt(t.substring(1), 8);
                if (c > 0377) {
                    throw s.error("octal escape value " + t + " outside of range 0-0o377",
                            t.length());
                }
                lit.append((char) c);
                return;
            }
        }
        group(s, re, lit, new int[] {Integer.parseInt(t.substring(1)), t.length() - 1});
    }

    /** The replacement text for {@code m}, appended to {@code out} (Java chars). */
    void expand(MatchObject m, StringBuilder out) {
        for (Object p : parts) {
            if (p instanceof String s) {
                out.append(s);
            } else {
                int g = (Integer) p;
                if (m.javaStart(g) >= 0) {
                    out.append(m.engine.subject.chars, m.javaStart(g), m.javaEnd(g));
                }
            }
        }
    }

    /** CPython raises IndexError, not re.error, for a name no group has. */
    static final class UnknownGroup extends RuntimeException {
        UnknownGroup(String msg) {
            super(msg, null, false, false);
        }
    }
}
