// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.Name;
import dev.weft.ast.Expr.Starred;
import dev.weft.ast.Span;
import dev.weft.ast.Stmt;
import dev.weft.ast.Stmt.AnnAssign;
import dev.weft.ast.Stmt.Assign;
import dev.weft.ast.Stmt.AugAssign;
import dev.weft.ast.Stmt.ExprStmt;
import dev.weft.grammar.WeftParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Maps a parse tree to the AST: statements here, compound statements in
 * {@link CompoundBuilder}, expressions and atoms in the classes it extends. Checks the rules
 * the grammar leaves wide (targets, parameters, arguments) and throws {@link SyntaxError}.
 */
final class AstBuilder extends CompoundBuilder {

    AstBuilder(Frontend front) {
        super(front);
    }

    /** A whole file. */
    List<Stmt> module(File_inputContext c) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : c.stmt()) {
            stmt(s, body);
        }
        throwCompilerError();
        return body;
    }

    /** The eval() input. */
    Expr evalInput(Eval_inputContext c) {
        Expr e = expressions(c.expressions());
        throwCompilerError();
        return e;
    }

    /** An f-string field, which CPython compiles as a parenthesised expression. */
    Expr field(Fstring_fieldContext c) {
        if (c.yield_expr() != null) {
            return yieldExpr(c.yield_expr());
        }
        Star_named_expressionsContext list = c.star_named_expressions();
        List<Expr> elts = starNamedList(list.star_named_expression());
        if (list.COMMA().isEmpty() && elts.get(0) instanceof Starred) {
            throw error("cannot use starred expression here", elts.get(0).span());
        }
        Expr e = tupleOrSingle(list, elts, !list.COMMA().isEmpty());
        throwCompilerError();
        return e;
    }

    /**
     * Builds, and so checks, every statement and string literal of a partial tree that is not on
     * {@code path}, the chain of rules the parser was inside when it stopped.
     */
    void checkComplete(ParserRuleContext node, Set<ParseTree> path) {
        for (int i = 0; i < node.getChildCount(); i++) {
            ParseTree child = node.getChild(i);
            if (!(child instanceof ParserRuleContext)) {
                continue;
            }
            ParserRuleContext c = (ParserRuleContext) child;
            if (!path.contains(c) && c instanceof StmtContext) {
                stmt((StmtContext) c, new ArrayList<>());
            } else if (!path.contains(c) && c instanceof StringAtomContext) {
                visitStringAtom((StringAtomContext) c);
            } else {
                checkComplete(c, path);
            }
        }
    }

    // ---- simple statements --------------------------------------------------------------------

    @Override
    public Stmt visitExprStmt(ExprStmtContext c) {
        Expr_stmtContext s = c.expr_stmt();
        Span span = Spans.of(c);
        List<Assign_valueContext> parts = s.assign_value();
        Expr first = assignValue(parts.get(0));
        if (s.annotation() != null) {
            return annotated(span, first, s.annotation());
        }
        if (s.augassign() != null) {
            Targets.checkAugmented(this, first);
            Expr value = assignValue(parts.get(1));
            noBareStar(value);
            return new AugAssign(span, first, binaryOperator(s.augassign().getText()), value);
        }
        if (parts.size() == 1) {
            noBareStar(first);
            return new ExprStmt(span, first);
        }
        List<Expr> targets = new ArrayList<>();
        targets.add(first);
        for (int i = 1; i < parts.size() - 1; i++) {
            targets.add(assignValue(parts.get(i)));
        }
        Expr value = assignValue(parts.get(parts.size() - 1));
        Targets.checkAssign(this, targets, value);
        noBareStar(value);
        return new Assign(span, targets, value);
    }

    private Stmt annotated(Span span, Expr target, AnnotationContext a) {
        Targets.checkAnnotated(this, target);
        Expr annotation = test(a.test());
        Expr value = a.assign_value() == null ? null : assignValue(a.assign_value());
        if (value != null) {
            noBareStar(value);
        }
        boolean simple = target instanceof Name && !isParenthesized(target);
        return new AnnAssign(span, target, annotation, value, simple);
    }

    @Override
    public Stmt visitReturnStmt(ReturnStmtContext c) {
        Expr value = null;
        if (c.star_expressions() != null) {
            value = starExpressions(c.star_expressions());
            noBareStar(value);
        }
        return new Stmt.Return(Spans.of(c), value);
    }

    @Override
    public Stmt visitImportStmt(ImportStmtContext c) {
        List<dev.weft.ast.Alias> names = new ArrayList<>();
        for (Dotted_as_nameContext d : c.dotted_as_name()) {
            String as = d.NAME() == null ? null : identifier(d.NAME());
            names.add(new dev.weft.ast.Alias(Spans.of(d), dotted(d.dotted_name()), as));
        }
        return new Stmt.Import(Spans.of(c), names);
    }

    @Override
    public Stmt visitFromImportStmt(FromImportStmtContext c) {
        int level = 0;
        for (Import_dotContext d : c.import_dot()) {
            level += d.ELLIPSIS() != null ? 3 : 1;
        }
        String module = c.dotted_name() == null ? null : dotted(c.dotted_name());
        if (module == null && level == 0) {
            throw error("invalid syntax", c.IMPORT().getSymbol());
        }
        Import_targetsContext t = c.import_targets();
        List<dev.weft.ast.Alias> names = new ArrayList<>();
        if (t.STAR() != null) {
            names.add(new dev.weft.ast.Alias(Spans.of(t.STAR()), "*", null));
        } else {
            boolean trailing = t.COMMA().size() == t.import_as_name().size();
            if (trailing && t.LPAR() == null) {
                throw error("trailing comma not allowed without surrounding parentheses",
                        front.token(t.getStop().getTokenIndex() + 1));
            }
            for (Import_as_nameContext n : t.import_as_name()) {
                String as = n.AS() == null ? null : identifier(n.NAME(1));
                names.add(new dev.weft.ast.Alias(Spans.of(n), identifier(n.NAME(0)), as));
            }
        }
        return new Stmt.ImportFrom(Spans.of(c), module, names, level);
    }

    private static String dotted(Dotted_nameContext d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.NAME().size(); i++) {
            sb.append(i == 0 ? "" : ".").append(identifier(d.NAME(i)));
        }
        return sb.toString();
    }

    @Override
    public Stmt visitRaiseStmt(RaiseStmtContext c) {
        Expr exc = c.test().isEmpty() ? null : test(c.test(0));
        Expr cause = c.test().size() > 1 ? test(c.test(1)) : null;
        return new Stmt.Raise(Spans.of(c), exc, cause);
    }

    @Override
    public Stmt visitPassStmt(PassStmtContext c) {
        return new Stmt.Pass(Spans.of(c));
    }

    @Override
    public Stmt visitBreakStmt(BreakStmtContext c) {
        return new Stmt.Break(Spans.of(c));
    }

    @Override
    public Stmt visitContinueStmt(ContinueStmtContext c) {
        return new Stmt.Continue(Spans.of(c));
    }

    @Override
    public Stmt visitDelStmt(DelStmtContext c) {
        List<Expr> targets = new ArrayList<>();
        for (Star_targetContext t : c.target_list().star_target()) {
            Expr e = starTarget(t);
            Targets.checkDel(this, e);
            targets.add(e);
        }
        return new Stmt.Delete(Spans.of(c), targets);
    }

    @Override
    public Stmt visitGlobalStmt(GlobalStmtContext c) {
        return new Stmt.Global(Spans.of(c), identifiers(c.NAME()));
    }

    @Override
    public Stmt visitNonlocalStmt(NonlocalStmtContext c) {
        return new Stmt.Nonlocal(Spans.of(c), identifiers(c.NAME()));
    }

    private static List<String> identifiers(List<org.antlr.v4.runtime.tree.TerminalNode> names) {
        List<String> out = new ArrayList<>(names.size());
        for (org.antlr.v4.runtime.tree.TerminalNode n : names) {
            out.add(identifier(n));
        }
        return out;
    }

    @Override
    public Stmt visitAssertStmt(AssertStmtContext c) {
        Expr msg = c.test().size() > 1 ? test(c.test(1)) : null;
        return new Stmt.Assert(Spans.of(c), test(c.test(0)), msg);
    }
}
