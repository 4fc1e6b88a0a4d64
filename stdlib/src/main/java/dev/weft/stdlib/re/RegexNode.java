// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import java.util.List;

/**
 * A parsed Python pattern. The parser resolves what the flags mean where it can (the dot under
 * DOTALL, anchors under MULTILINE, classes under ASCII), so only case-insensitivity is left for
 * the emitted Java pattern to scope.
 */
sealed interface RegexNode {
    /** The most a repeat count may be in Python: an unbounded repeat uses it too. */
    long MAXREPEAT = 4294967295L;

    /** One code point (a byte, for bytes patterns). */
    record Literal(int cp) implements RegexNode {}

    /** The dot: any character but a newline, or any at all under DOTALL. */
    record Any(boolean dotall) implements RegexNode {}

    /** A category escape (d, D, s, S, w, W), ASCII-only or Unicode. */
    record Category(char kind, boolean ascii) implements RegexNode {}

    /** A character set {@code [...]}: literals, ranges and categories. */
    record CharSet(boolean negate, List<SetItem> items) implements RegexNode {}

    /** What a character set holds. */
    sealed interface SetItem {}

    record SetLiteral(int cp) implements SetItem {}

    record SetRange(int lo, int hi) implements SetItem {}

    record SetCategory(Category category) implements SetItem {}

    /** Items matched one after another. */
    record Seq(List<RegexNode> items) implements RegexNode {}

    /** Alternatives tried in order. */
    record Alt(List<RegexNode> branches) implements RegexNode {}

    /**
     * A group: capturing when {@code index} is positive; {@code addFlags}/{@code delFlags}
     * scope inline flags over its body.
     */
    record Group(int index, int addFlags, int delFlags, RegexNode body) implements RegexNode {}

    /** {@code (?>...)}: once matched, never backtracked into. */
    record Atomic(RegexNode body) implements RegexNode {}

    /** A lookahead or lookbehind assertion. */
    record Look(boolean behind, boolean negate, RegexNode body) implements RegexNode {}

    /** A quantifier; {@code max} is MAXREPEAT for no limit. */
    record Repeat(RegexNode body, long min, long max, Greed greed) implements RegexNode {}

    enum Greed { GREEDY, LAZY, POSSESSIVE }

    /** {@code \1} or {@code (?P=name)}. */
    record BackRef(int group) implements RegexNode {}

    /** {@code (?(group)yes|no)}; {@code no} may be null. */
    record Conditional(int group, RegexNode yes, RegexNode no) implements RegexNode {}

    /** A zero-width position test. */
    record At(Anchor anchor, boolean ascii) implements RegexNode {}

    enum Anchor {
        BEGINNING, BEGINNING_LINE, BEGINNING_STRING, END, END_LINE, END_STRING, BOUNDARY,
        NON_BOUNDARY
    }
}
