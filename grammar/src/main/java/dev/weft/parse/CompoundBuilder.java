// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.ExceptHandler;
import dev.weft.ast.Expr;
import dev.weft.ast.MatchCase;
import dev.weft.ast.Pattern;
import dev.weft.ast.Span;
import dev.weft.ast.Stmt;
import dev.weft.ast.WithItem;
import dev.weft.grammar.WeftParser;
import dev.weft.grammar.WeftParser.BlockContext;
import dev.weft.grammar.WeftParser.Case_blockContext;
import dev.weft.grammar.WeftParser.ClassdefContext;
import dev.weft.grammar.WeftParser.Compound_stmtContext;
import dev.weft.grammar.WeftParser.DecoratedContext;
import dev.weft.grammar.WeftParser.DecoratorContext;
import dev.weft.grammar.WeftParser.Elif_clauseContext;
import dev.weft.grammar.WeftParser.Else_clauseContext;
import dev.weft.grammar.WeftParser.Except_clauseContext;
import dev.weft.grammar.WeftParser.For_stmtContext;
import dev.weft.grammar.WeftParser.FuncdefContext;
import dev.weft.grammar.WeftParser.If_stmtContext;
import dev.weft.grammar.WeftParser.Match_stmtContext;
import dev.weft.grammar.WeftParser.Namedexpr_testContext;
import dev.weft.grammar.WeftParser.Simple_stmtContext;
import dev.weft.grammar.WeftParser.Simple_stmtsContext;
import dev.weft.grammar.WeftParser.Star_named_expressionsContext;
import dev.weft.grammar.WeftParser.StmtContext;
import dev.weft.grammar.WeftParser.TestContext;
import dev.weft.grammar.WeftParser.Try_stmtContext;
import dev.weft.grammar.WeftParser.While_stmtContext;
import dev.weft.grammar.WeftParser.With_itemContext;
import dev.weft.grammar.WeftParser.With_stmtContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Statements with blocks. A compound statement's span runs from its first keyword (after any
 * decorators, as in CPython) to the end of the last statement it contains.
 */
abstract class CompoundBuilder extends AtomBuilder {

    CompoundBuilder(Frontend front) {
        super(front);
    }

    /** Appends the statements of one line or compound statement to {@code out}. */
    final void stmt(StmtContext c, List<Stmt> out) {
        if (c.compound_stmt() != null) {
            out.add(compound(c.compound_stmt()));
        } else {
            simple(c.simple_stmts(), out);
        }
    }

    private void simple(Simple_stmtsContext c, List<Stmt> out) {
        for (Simple_stmtContext s : c.simple_stmt()) {
            out.add((Stmt) s.accept(this));
        }
    }

    final List<Stmt> block(BlockContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c.simple_stmts() != null) {
            simple(c.simple_stmts(), out);
        } else {
            for (StmtContext s : c.stmt()) {
                stmt(s, out);
            }
        }
        return out;
    }

    private Stmt compound(Compound_stmtContext c) {
        if (c.if_stmt() != null) {
            return ifStmt(c.if_stmt());
        }
        if (c.while_stmt() != null) {
            return whileStmt(c.while_stmt());
        }
        if (c.for_stmt() != null) {
            return forStmt(c.for_stmt());
        }
        if (c.try_stmt() != null) {
            return tryStmt(c.try_stmt());
        }
        if (c.with_stmt() != null) {
            return withStmt(c.with_stmt());
        }
        if (c.funcdef() != null) {
            return funcdef(c.funcdef(), List.of());
        }
        if (c.classdef() != null) {
            return classdef(c.classdef(), List.of());
        }
        if (c.match_stmt() != null) {
            return matchStmt(c.match_stmt());
        }
        return decorated(c.decorated());
    }

    /**
     * The span from {@code first} to the end of {@code block}: its last token before the line
     * end, so a trailing semicolon counts, as in CPython.
     */
    private Span through(Token first, BlockContext block) {
        int i = block.getStop().getTokenIndex();
        Token last = front.token(i);
        while (last.getType() == WeftParser.NEWLINE || last.getType() == WeftParser.DEDENT
                || last.getType() == WeftParser.INDENT) {
            last = front.token(--i);
        }
        return Spans.between(first, last);
    }

    private Stmt ifStmt(If_stmtContext c) {
        List<Elif_clauseContext> elifs = c.elif_clause();
        BlockContext last = c.else_clause() != null ? c.else_clause().block()
                : elifs.isEmpty() ? c.block() : elifs.get(elifs.size() - 1).block();
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            Expr test = namedExpr(e.namedexpr_test());
            List<Stmt> body = block(e.block());
            orelse = List.of(new Stmt.If(through(e.ELIF().getSymbol(), last), test, body, orelse));
        }
        Expr test = namedExpr(c.namedexpr_test());
        List<Stmt> body = block(c.block());
        return new Stmt.If(through(c.IF().getSymbol(), last), test, body, orelse);
    }

    /** The block a statement with an optional else clause ends with. */
    private static BlockContext lastBlock(BlockContext body, Else_clauseContext orelse) {
        return orelse == null ? body : orelse.block();
    }

    private List<Stmt> orelse(Else_clauseContext c) {
        return c == null ? List.of() : block(c.block());
    }

    private Stmt whileStmt(While_stmtContext c) {
        Expr test = namedExpr(c.namedexpr_test());
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = orelse(c.else_clause());
        return new Stmt.While(through(c.WHILE().getSymbol(), lastBlock(c.block(),
                c.else_clause())), test, body, orelse);
    }

    private Stmt forStmt(For_stmtContext c) {
        Expr target = targetList(c.target_list());
        Targets.checkFor(this, target);
        Expr iter = starExpressions(c.star_expressions());
        noBareStar(iter);
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = orelse(c.else_clause());
        return new Stmt.For(through(c.getStart(), lastBlock(c.block(), c.else_clause())),
                target, iter, body, orelse, c.ASYNC() != null);
    }

    private Stmt tryStmt(Try_stmtContext c) {
        List<Stmt> body = block(c.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = !c.except_clause().isEmpty() && c.except_clause(0).STAR() != null;
        for (Except_clauseContext e : c.except_clause()) {
            if ((e.STAR() != null) != star) {
                throw error("cannot have both 'except' and 'except*' on the same 'try'",
                        e.EXCEPT().getSymbol());
            }
            if (star && e.test().isEmpty()) {
                throw error("expected one or more exception types", e.COLON().getSymbol());
            }
            handlers.add(handler(e));
        }
        List<Stmt> orelse = orelse(c.else_clause());
        List<Stmt> finalbody = c.finally_clause() == null ? List.of()
                : block(c.finally_clause().block());
        BlockContext last = c.finally_clause() != null ? c.finally_clause().block()
                : c.else_clause() != null ? c.else_clause().block()
                : c.except_clause(c.except_clause().size() - 1).block();
        return new Stmt.Try(through(c.TRY().getSymbol(), last), body, handlers, orelse,
                finalbody, star);
    }

    private ExceptHandler handler(Except_clauseContext e) {
        List<TestContext> types = e.test();
        if (types.size() > 1) {
            throw error("multiple exception types must be parenthesized", types.get(0).getStart());
        }
        Expr type = types.isEmpty() ? null : test(types.get(0));
        String name = e.NAME() == null ? null : identifier(e.NAME());
        List<Stmt> body = block(e.block());
        return new ExceptHandler(through(e.EXCEPT().getSymbol(), e.block()), type, name, body);
    }

    private Stmt withStmt(With_stmtContext c) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext i : c.with_item()) {
            Expr target = null;
            if (i.star_target() != null) {
                target = starTarget(i.star_target());
                Targets.checkWith(this, target);
            }
            items.add(new WithItem(test(i.test()), target));
        }
        List<Stmt> body = block(c.block());
        return new Stmt.With(through(c.getStart(), c.block()), items, body, c.ASYNC() != null);
    }

    /** {@code match subject:} with its cases; a bare starred subject needs a comma. */
    private Stmt matchStmt(Match_stmtContext c) {
        Star_named_expressionsContext subject = c.star_named_expressions();
        List<Expr> elts = starNamedList(subject.star_named_expression());
        Expr value = tupleOrSingle(subject, elts, !subject.COMMA().isEmpty());
        if (value instanceof Expr.Starred) {
            throw error("invalid syntax", c.COLON().getSymbol());
        }
        PatternBuilder patterns = new PatternBuilder(this);
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext k : c.case_block()) {
            Pattern p = patterns.patterns(k.patterns());
            Expr guard = k.namedexpr_test() == null ? null : namedExpr(k.namedexpr_test());
            cases.add(new MatchCase(p, guard, block(k.block())));
        }
        PatternChecks.check(this, cases);
        List<Case_blockContext> blocks = c.case_block();
        return new Stmt.Match(through(c.MATCH().getSymbol(), blocks.get(blocks.size() - 1)
                .block()), value, cases);
    }

    private Stmt decorated(DecoratedContext c) {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : c.decorator()) {
            Namedexpr_testContext e = d.namedexpr_test();
            decorators.add(namedExpr(e));
        }
        return c.funcdef() != null ? funcdef(c.funcdef(), decorators)
                : classdef(c.classdef(), decorators);
    }

    private Stmt funcdef(FuncdefContext c, List<Expr> decorators) {
        dev.weft.ast.Arguments args = Parameters.function(this, c.param_list());
        Expr returns = c.test() == null ? null : test(c.test());
        List<Stmt> body = block(c.block());
        return new Stmt.FunctionDef(through(c.getStart(), c.block()), identifier(c.NAME()), args,
                body, decorators, returns, c.ASYNC() != null);
    }

    private Stmt classdef(ClassdefContext c, List<Expr> decorators) {
        CallArgs bases = CallArgs.of(this, c.arglist(), true);
        List<Stmt> body = block(c.block());
        return new Stmt.ClassDef(through(c.CLASS().getSymbol(), c.block()), identifier(c.NAME()),
                bases.args(), bases.keywords(), body, decorators);
    }
}
