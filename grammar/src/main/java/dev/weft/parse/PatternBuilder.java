// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.ConstKind;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.Operators.BinaryOperator;
import dev.weft.ast.Operators.UnaryOperator;
import dev.weft.ast.Pattern;
import dev.weft.ast.Pattern.MatchAs;
import dev.weft.ast.Pattern.MatchClass;
import dev.weft.ast.Pattern.MatchMapping;
import dev.weft.ast.Pattern.MatchOr;
import dev.weft.ast.Pattern.MatchSequence;
import dev.weft.ast.Pattern.MatchSingleton;
import dev.weft.ast.Pattern.MatchStar;
import dev.weft.ast.Pattern.MatchValue;
import dev.weft.ast.Span;
import dev.weft.grammar.WeftParser;
import dev.weft.grammar.WeftParser.Closed_patternContext;
import dev.weft.grammar.WeftParser.GroupPatternContext;
import dev.weft.grammar.WeftParser.ListPatternContext;
import dev.weft.grammar.WeftParser.Mapping_itemContext;
import dev.weft.grammar.WeftParser.Mapping_keyContext;
import dev.weft.grammar.WeftParser.MappingPatternContext;
import dev.weft.grammar.WeftParser.NamePatternContext;
import dev.weft.grammar.WeftParser.Number_patternContext;
import dev.weft.grammar.WeftParser.NumberPatternContext;
import dev.weft.grammar.WeftParser.Or_patternContext;
import dev.weft.grammar.WeftParser.Pattern_argContext;
import dev.weft.grammar.WeftParser.PatternContext;
import dev.weft.grammar.WeftParser.PatternsContext;
import dev.weft.grammar.WeftParser.Star_patternContext;
import dev.weft.grammar.WeftParser.StringPatternContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The patterns of {@code case} clauses, from parse tree to {@link Pattern}, with the errors
 * CPython's parser reports there (the compiler's are {@link PatternChecks}').
 */
final class PatternBuilder {
    private final AtomBuilder b;

    PatternBuilder(AtomBuilder b) {
        this.b = b;
    }

    /** The patterns after {@code case}: a sequence pattern when there is a comma. */
    Pattern patterns(PatternsContext c) {
        List<Star_patternContext> items = c.star_pattern();
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            if (items.get(0).STAR() != null) {
                throw b.errorAfter(c.getStop(), "invalid syntax");
            }
            return pattern(items.get(0).pattern());
        }
        return new MatchSequence(Spans.of(c), starPatterns(items));
    }

    private List<Pattern> starPatterns(List<Star_patternContext> items) {
        List<Pattern> out = new ArrayList<>(items.size());
        for (Star_patternContext s : items) {
            out.add(s.STAR() != null ? new MatchStar(Spans.of(s), capture(s.NAME()))
                    : pattern(s.pattern()));
        }
        return out;
    }

    /** A name that binds: null for the wildcard {@code _}. */
    private static String capture(TerminalNode n) {
        String id = ExprBuilder.identifier(n);
        return id.equals("_") ? null : id;
    }

    Pattern pattern(PatternContext c) {
        Pattern or = orPattern(c.or_pattern());
        if (c.AS() == null) {
            return or;
        }
        if (capture(c.NAME()) == null) {
            throw b.error("cannot use '_' as a target", c.NAME().getSymbol());
        }
        return new MatchAs(Spans.of(c), or, ExprBuilder.identifier(c.NAME()));
    }

    private Pattern orPattern(Or_patternContext c) {
        List<Pattern> alts = new ArrayList<>();
        for (Closed_patternContext p : c.closed_pattern()) {
            alts.add(closed(p));
        }
        return alts.size() == 1 ? alts.get(0) : new MatchOr(Spans.of(c), alts);
    }

    private Pattern closed(Closed_patternContext c) {
        Span span = Spans.of(c);
        if (c instanceof NumberPatternContext n) {
            return new MatchValue(span, number(n.number_pattern()));
        }
        if (c instanceof StringPatternContext s) {
            return new MatchValue(span, literalString(s, s.STRING()));
        }
        if (c instanceof NamePatternContext n) {
            return named(n, span);
        }
        if (c instanceof GroupPatternContext g) {
            return group(g, span);
        }
        if (c instanceof ListPatternContext l) {
            return new MatchSequence(span, starPatterns(l.star_pattern()));
        }
        if (c instanceof MappingPatternContext m) {
            return mapping(m, span);
        }
        return new MatchSingleton(span, singleton(c.getStart()));
    }

    private static Constant singleton(Token t) {
        ConstKind kind = t.getType() == WeftParser.NONE ? ConstKind.NONE
                : t.getType() == WeftParser.TRUE ? ConstKind.TRUE : ConstKind.FALSE;
        return new Constant(Spans.of(t), kind, null);
    }

    /** {@code 1}, {@code -1.5}, {@code 1+2j}, {@code -1-2j}: signed numbers and complex sums. */
    private Expr number(Number_patternContext c) {
        List<TerminalNode> numbers = c.NUMBER();
        Token first = c.getStart();
        Expr left = Literals.number(numbers.get(0).getText(), Spans.of(numbers.get(0)));
        if (first.getType() == WeftParser.MINUS) {
            left = new Expr.UnaryOp(Spans.between(first, numbers.get(0).getSymbol()),
                    UnaryOperator.NEG, left);
        }
        if (numbers.size() == 1) {
            return left;
        }
        if (isImaginary(numbers.get(0))) {
            throw b.error("real number required in complex literal", left.span());
        }
        Expr right = Literals.number(numbers.get(1).getText(), Spans.of(numbers.get(1)));
        if (!isImaginary(numbers.get(1))) {
            throw b.error("imaginary number required in complex literal", right.span());
        }
        boolean plus = c.PLUS() != null;
        return new Expr.BinOp(Spans.of(c), left, plus ? BinaryOperator.ADD : BinaryOperator.SUB,
                right);
    }

    private static boolean isImaginary(TerminalNode n) {
        String t = n.getText();
        char last = t.charAt(t.length() - 1);
        return last == 'j' || last == 'J';
    }

    private Expr literalString(ParserRuleContext c, List<TerminalNode> parts) {
        Expr s = b.strings(c, parts);
        if (s instanceof Expr.JoinedStr) {
            throw b.error("patterns may only match literals and attribute lookups", s.span());
        }
        return s;
    }

    /** A capture, the wildcard, a value (dotted name) or a class pattern. */
    private Pattern named(NamePatternContext c, Span span) {
        Expr dotted = dotted(c.NAME());
        if (c.LPAR() != null) {
            return classPattern(c, span, dotted);
        }
        if (dotted instanceof Expr.Name n) {
            return new MatchAs(span, null, n.id().equals("_") ? null : n.id());
        }
        return new MatchValue(span, dotted);
    }

    private static Expr dotted(List<TerminalNode> names) {
        Expr e = new Expr.Name(Spans.of(names.get(0)), ExprBuilder.identifier(names.get(0)));
        for (int i = 1; i < names.size(); i++) {
            Span s = Spans.between(names.get(0).getSymbol(), names.get(i).getSymbol());
            e = new Expr.Attribute(s, e, ExprBuilder.identifier(names.get(i)));
        }
        return e;
    }

    private Pattern classPattern(NamePatternContext c, Span span, Expr cls) {
        List<Pattern> positional = new ArrayList<>();
        List<String> attrs = new ArrayList<>();
        List<Pattern> keyword = new ArrayList<>();
        if (c.pattern_args() != null) {
            for (Pattern_argContext a : c.pattern_args().pattern_arg()) {
                if (a.ASSIGN() != null) {
                    attrs.add(ExprBuilder.identifier(a.NAME()));
                    keyword.add(pattern(a.pattern()));
                } else if (!keyword.isEmpty()) {
                    throw b.error("positional patterns follow keyword patterns",
                            Spans.of(a));
                } else {
                    positional.add(pattern(a.pattern()));
                }
            }
        }
        return new MatchClass(span, cls, positional, attrs, keyword);
    }

    /** {@code (p)} is p itself; {@code ()}, {@code (p,)} and {@code (p, q)} are sequences. */
    private Pattern group(GroupPatternContext c, Span span) {
        List<Star_patternContext> items = c.star_pattern();
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            if (items.get(0).STAR() != null) {
                throw b.error("invalid syntax", c.RPAR().getSymbol());
            }
            return pattern(items.get(0).pattern());
        }
        return new MatchSequence(span, starPatterns(items));
    }

    private Pattern mapping(MappingPatternContext c, Span span) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        List<Mapping_itemContext> items = c.mapping_item();
        for (int i = 0; i < items.size(); i++) {
            Mapping_itemContext item = items.get(i);
            if (item.POWER() != null) {
                if (capture(item.NAME()) == null) {
                    throw b.error("invalid syntax", item.NAME().getSymbol());
                }
                if (i + 1 < items.size()) {
                    throw b.error("invalid syntax", items.get(i + 1).getStart());
                }
                rest = ExprBuilder.identifier(item.NAME());
            } else {
                keys.add(key(item.mapping_key()));
                values.add(pattern(item.pattern()));
            }
        }
        return new MatchMapping(span, keys, values, rest);
    }

    private Expr key(Mapping_keyContext c) {
        if (c.number_pattern() != null) {
            return number(c.number_pattern());
        }
        if (!c.STRING().isEmpty()) {
            return b.strings(c, c.STRING()); // an f-string key is the compiler's error
        }
        if (!c.NAME().isEmpty()) {
            return dotted(c.NAME());
        }
        Constant k = singleton(c.getStart());
        return k;
    }
}
