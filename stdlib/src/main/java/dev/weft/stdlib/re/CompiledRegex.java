// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Python pattern compiled onto {@code java.util.regex}: the Java pattern, and what a match
 * needs to answer in Python's terms (group numbering, names, nesting).
 */
final class CompiledRegex {
    /** The pattern as given ({@code str} or {@code bytes}) and its final flags. */
    final Object source;
    final int flags;
    final boolean text;
    /** Capturing groups, not counting group 0. */
    final int groups;
    final Map<String, Integer> names;
    /** Per Python group: its Java group, and the group it is nested in. */
    final int[] javaGroup;
    final int[] parent;
    /** Per Python group: true when it stands inside a negative lookaround. */
    final boolean[] neverReported;
    final Pattern pattern;
    /** FutureWarnings the pattern's syntax gave, for re to issue. */
    final java.util.List<String> warnings;
    /** The pattern, refusing an empty match where the search starts (see Engine). */
    private Pattern advancing;

    private CompiledRegex(Object source, boolean text, RegexParser p, Emitter e) {
        this.source = source;
        this.text = text;
        this.flags = p.state.flags;
        this.groups = p.state.groups() - 1;
        this.names = Map.copyOf(p.state.names);
        this.javaGroup = e.javaGroup;
        this.parent = p.state.parents.stream().mapToInt(Integer::intValue).toArray();
        this.neverReported = new boolean[groups + 1];
        p.state.negated.forEach(g -> neverReported[g] = true);
        this.pattern = compile(e.pattern(), javaFlags(text, flags));
        this.warnings = java.util.List.copyOf(p.state.warnings);
    }

    /** Compiles {@code cps} (the pattern's code points, or its bytes) with {@code flags}. */
    static CompiledRegex compile(Object source, int[] cps, boolean text, int flags) {
        RegexParser p = RegexParser.parse(cps, text, flags);
        Emitter e = Emitter.emit(p.root, text, p.state);
        return new CompiledRegex(source, text, p, e);
    }

    private static int javaFlags(boolean text, int flags) {
        if ((flags & RegexFlags.IGNORECASE) == 0) {
            return 0;
        }
        boolean unicode = text && (flags & RegexFlags.ASCII) == 0;
        return Pattern.CASE_INSENSITIVE | (unicode ? Pattern.UNICODE_CASE : 0);
    }

    private static Pattern compile(String javaPattern, int javaFlags) {
        try {
            return Pattern.compile(javaPattern, javaFlags);
        } catch (PatternSyntaxException e) {
            // Python accepts it but Java's engine cannot run it (a lookbehind Java cannot bound).
            throw new RegexError("unsupported by Weft's regular expression engine: "
                    + e.getDescription());
        }
    }

    Pattern advancing() {
        if (advancing == null) {
            advancing = Pattern.compile("(?:" + pattern.pattern() + ")(?!\\G)", pattern.flags());
        }
        return advancing;
    }
}
