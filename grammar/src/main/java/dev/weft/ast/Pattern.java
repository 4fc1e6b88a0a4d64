// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

import java.util.List;

/**
 * The patterns of a {@code case} clause (PEP 634), one record per kind, shaped after CPython's
 * {@code ast} module. Names are null where CPython's are None (a wildcard binds nothing).
 */
public sealed interface Pattern {

    Span span();

    /** A literal number or string, or a dotted name: matches what compares equal. */
    record MatchValue(Span span, Expr value) implements Pattern {}

    /** None, True or False: matches by identity. */
    record MatchSingleton(Span span, Expr.Constant value) implements Pattern {}

    /** {@code [p, *rest, q]} or {@code (p, q)}: at most one {@link MatchStar} among them. */
    record MatchSequence(Span span, List<Pattern> patterns) implements Pattern {}

    /** {@code {key: p, **rest}}; rest may be null. */
    record MatchMapping(Span span, List<Expr> keys, List<Pattern> patterns, String rest)
            implements Pattern {}

    /** {@code Cls(p, attr=q)}. */
    record MatchClass(Span span, Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
            List<Pattern> kwdPatterns) implements Pattern {}

    /** {@code *name} in a sequence pattern; name is null for {@code *_}. */
    record MatchStar(Span span, String name) implements Pattern {}

    /**
     * {@code pattern as name}, a capture (no pattern) or the wildcard {@code _} (neither).
     */
    record MatchAs(Span span, Pattern pattern, String name) implements Pattern {}

    /** {@code p | q | ...}. */
    record MatchOr(Span span, List<Pattern> patterns) implements Pattern {}
}
