// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.GeneratorExp;
import dev.weft.ast.Expr.Starred;
import dev.weft.ast.Keyword;
import dev.weft.ast.Span;
import dev.weft.grammar.WeftParser.ArglistContext;
import dev.weft.grammar.WeftParser.ArgumentContext;
import dev.weft.grammar.WeftParser.AtomExprContext;
import dev.weft.grammar.WeftParser.ExprContext;
import dev.weft.grammar.WeftParser.FalseAtomContext;
import dev.weft.grammar.WeftParser.NameAtomContext;
import dev.weft.grammar.WeftParser.Namedexpr_testContext;
import dev.weft.grammar.WeftParser.NoneAtomContext;
import dev.weft.grammar.WeftParser.TrueAtomContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The arguments of a call or a class statement, checked in CPython's order and words: what may
 * follow a keyword or {@code **}, where a bare generator expression may stand, what may be a
 * keyword's name.
 */
record CallArgs(List<Expr> args, List<Keyword> keywords) {
    private static final CallArgs NONE = new CallArgs(List.of(), List.of());

    static CallArgs of(ExprBuilder b, ArglistContext c, boolean classBases) {
        if (c == null) {
            return NONE;
        }
        List<ArgumentContext> list = c.argument();
        boolean trailingComma = c.COMMA().size() == list.size();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean keyword = false;
        boolean doubleStar = false;
        for (ArgumentContext a : list) {
            if (a.STAR() != null) {
                if (doubleStar) {
                    throw b.error("iterable argument unpacking follows keyword argument unpacking",
                            a.getStart());
                }
                args.add(new Starred(Spans.of(a), b.test(a.test())));
            } else if (a.POWER() != null) {
                doubleStar = true;
                keywords.add(new Keyword(Spans.of(a), null, b.test(a.test())));
            } else if (a.ASSIGN() != null) {
                keyword = true;
                Keyword k = keyword(b, a);
                if (!names.add(k.name())) {
                    b.compilerError("keyword argument repeated: " + k.name(), k.span());
                }
                keywords.add(k);
            } else if (!a.comp_for().isEmpty()) {
                if (classBases) {
                    throw b.error("invalid syntax", a.comp_for(0).getStart());
                }
                if (list.size() > 1 || trailingComma) {
                    throw b.error("Generator expression must be parenthesized", a.getStart());
                }
                Expr elt = b.element(b.namedExpr(a.namedexpr_test()));
                args.add(new GeneratorExp(generatorSpan(c), elt, b.comprehensions(a.comp_for())));
            } else {
                if (doubleStar || keyword) {
                    throw b.error(doubleStar
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument",
                            b.front.token(c.getStop().getTokenIndex() + 1));
                }
                args.add(positional(b, a));
            }
        }
        return new CallArgs(args, keywords);
    }

    /** CPython's span of a generator that is a call's sole argument: the call's parentheses. */
    private static Span generatorSpan(ArglistContext c) {
        ParserRuleContext call = c.getParent();
        Token open = ((TerminalNode) call.getChild(call.getChildCount() - 3)).getSymbol();
        return Spans.between(open, call.getStop());
    }

    /** A positional argument: CPython's assignment_expression takes a plain name only. */
    private static Expr positional(ExprBuilder b, ArgumentContext a) {
        Namedexpr_testContext named = a.namedexpr_test();
        if (named.WALRUS() != null) {
            ExprContext target = Trees.bitwiseOr(named.test(0));
            if (target == null || !Trees.isName(target)) {
                throw b.error("invalid syntax", named.WALRUS().getSymbol());
            }
        }
        return b.namedExpr(named);
    }

    /** {@code name=value}: the name must be a plain identifier. */
    private static Keyword keyword(ExprBuilder b, ArgumentContext a) {
        ExprContext e = a.namedexpr_test().WALRUS() == null
                ? Trees.bitwiseOr(a.namedexpr_test().test(0)) : null;
        Object atom = e instanceof AtomExprContext ? ((AtomExprContext) e).atom() : null;
        if (atom instanceof TrueAtomContext || atom instanceof FalseAtomContext
                || atom instanceof NoneAtomContext) {
            throw b.error("cannot assign to " + e.getText(), a.getStart());
        }
        if (!(atom instanceof NameAtomContext)) {
            Expr target = b.namedExpr(a.namedexpr_test());
            throw b.error("expression cannot contain assignment, perhaps you meant \"==\"?",
                    target.span());
        }
        String name = ExprBuilder.identifier(((NameAtomContext) atom).NAME());
        return new Keyword(Spans.of(a), name, b.test(a.test()));
    }
}
