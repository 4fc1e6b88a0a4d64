// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Arg;
import dev.weft.ast.Arguments;
import dev.weft.ast.Comprehension;
import dev.weft.ast.ExceptHandler;
import dev.weft.ast.Expr;
import dev.weft.ast.Keyword;
import dev.weft.ast.MatchCase;
import dev.weft.ast.Pattern;
import dev.weft.ast.Stmt;
import dev.weft.ast.WithItem;
import java.util.List;

/** Visits every child of every node; passes override the constructs they care about. */
public abstract class AstWalker implements Expr.Visitor<Void>, Stmt.Visitor<Void> {

    protected void walk(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    protected void walk(Stmt s) {
        s.accept(this);
    }

    protected void walkExprs(List<Expr> es) {
        for (Expr e : es) {
            walk(e);
        }
    }

    protected void walkBody(List<Stmt> body) {
        for (Stmt s : body) {
            walk(s);
        }
    }

    protected void walkArgumentDefaults(Arguments a) {
        walkExprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            walk(d);
        }
        for (Arg arg : a.posonly()) {
            walk(arg.annotation());
        }
        for (Arg arg : a.args()) {
            walk(arg.annotation());
        }
        for (Arg arg : a.kwonly()) {
            walk(arg.annotation());
        }
        if (a.vararg() != null) {
            walk(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            walk(a.kwarg().annotation());
        }
    }

    protected void walkGenerators(List<Comprehension> gens) {
        for (Comprehension c : gens) {
            walk(c.target());
            walk(c.iter());
            walkExprs(c.ifs());
        }
    }

    /** Walks the expressions in a pattern; each name it binds goes to {@link #capture}. */
    protected void walkPattern(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            walk(v.value());
        } else if (p instanceof Pattern.MatchSingleton s) {
            walk(s.value());
        } else if (p instanceof Pattern.MatchSequence s) {
            s.patterns().forEach(this::walkPattern);
        } else if (p instanceof Pattern.MatchMapping m) {
            walkExprs(m.keys());
            m.patterns().forEach(this::walkPattern);
            capture(m.rest());
        } else if (p instanceof Pattern.MatchClass c) {
            walk(c.cls());
            c.patterns().forEach(this::walkPattern);
            c.kwdPatterns().forEach(this::walkPattern);
        } else if (p instanceof Pattern.MatchStar s) {
            capture(s.name());
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                walkPattern(a.pattern());
            }
            capture(a.name());
        } else if (p instanceof Pattern.MatchOr o) {
            o.patterns().forEach(this::walkPattern);
        }
    }

    /** A name a pattern binds (null for none); passes that track bindings override it. */
    protected void capture(String name) {
        // nothing by default
    }

    // ---- expressions -----------------------------------------------------------------------

    @Override public Void visitName(Expr.Name e) { return null; }
    @Override public Void visitConstant(Expr.Constant e) { return null; }
    @Override public Void visitJoinedStr(Expr.JoinedStr e) { walkExprs(e.values()); return null; }
    @Override public Void visitFormattedValue(Expr.FormattedValue e) {
        walk(e.value());
        walk(e.formatSpec());
        return null;
    }
    @Override public Void visitBinOp(Expr.BinOp e) { walk(e.left()); walk(e.right()); return null; }
    @Override public Void visitUnaryOp(Expr.UnaryOp e) { walk(e.operand()); return null; }
    @Override public Void visitBoolOp(Expr.BoolOp e) { walkExprs(e.values()); return null; }
    @Override public Void visitCompare(Expr.Compare e) {
        walk(e.left());
        walkExprs(e.comparators());
        return null;
    }
    @Override public Void visitCall(Expr.Call e) {
        walk(e.func());
        walkExprs(e.args());
        for (Keyword k : e.keywords()) {
            walk(k.value());
        }
        return null;
    }
    @Override public Void visitAttribute(Expr.Attribute e) { walk(e.value()); return null; }
    @Override public Void visitSubscript(Expr.Subscript e) {
        walk(e.value());
        walk(e.index());
        return null;
    }
    @Override public Void visitSlice(Expr.Slice e) {
        walk(e.lower());
        walk(e.upper());
        walk(e.step());
        return null;
    }
    @Override public Void visitStarred(Expr.Starred e) { walk(e.value()); return null; }
    @Override public Void visitList(Expr.ListDisplay e) { walkExprs(e.elts()); return null; }
    @Override public Void visitTuple(Expr.Tuple e) { walkExprs(e.elts()); return null; }
    @Override public Void visitSet(Expr.SetDisplay e) { walkExprs(e.elts()); return null; }
    @Override public Void visitDict(Expr.DictDisplay e) {
        for (Expr k : e.keys()) {
            walk(k);
        }
        walkExprs(e.values());
        return null;
    }
    @Override public Void visitListComp(Expr.ListComp e) {
        walk(e.elt());
        walkGenerators(e.generators());
        return null;
    }
    @Override public Void visitSetComp(Expr.SetComp e) {
        walk(e.elt());
        walkGenerators(e.generators());
        return null;
    }
    @Override public Void visitDictComp(Expr.DictComp e) {
        walk(e.key());
        walk(e.value());
        walkGenerators(e.generators());
        return null;
    }
    @Override public Void visitGeneratorExp(Expr.GeneratorExp e) {
        walk(e.elt());
        walkGenerators(e.generators());
        return null;
    }
    @Override public Void visitLambda(Expr.Lambda e) {
        walkArgumentDefaults(e.args());
        walk(e.body());
        return null;
    }
    @Override public Void visitIfExp(Expr.IfExp e) {
        walk(e.test());
        walk(e.body());
        walk(e.orelse());
        return null;
    }
    @Override public Void visitYield(Expr.Yield e) { walk(e.value()); return null; }
    @Override public Void visitYieldFrom(Expr.YieldFrom e) { walk(e.value()); return null; }
    @Override public Void visitAwait(Expr.Await e) { walk(e.value()); return null; }
    @Override public Void visitSpawn(Expr.Spawn e) { walk(e.value()); return null; }
    @Override public Void visitNamedExpr(Expr.NamedExpr e) {
        walk(e.value());
        walk(e.target());
        return null;
    }

    // ---- statements ------------------------------------------------------------------------

    @Override public Void visitFunctionDef(Stmt.FunctionDef s) {
        walkExprs(s.decorators());
        walkArgumentDefaults(s.args());
        walk(s.returns());
        walkBody(s.body());
        return null;
    }
    @Override public Void visitClassDef(Stmt.ClassDef s) {
        walkExprs(s.decorators());
        walkExprs(s.bases());
        for (Keyword k : s.keywords()) {
            walk(k.value());
        }
        walkBody(s.body());
        return null;
    }
    @Override public Void visitReturn(Stmt.Return s) { walk(s.value()); return null; }
    @Override public Void visitDelete(Stmt.Delete s) { walkExprs(s.targets()); return null; }
    @Override public Void visitAssign(Stmt.Assign s) {
        walk(s.value());
        walkExprs(s.targets());
        return null;
    }
    @Override public Void visitAugAssign(Stmt.AugAssign s) {
        walk(s.value());
        walk(s.target());
        return null;
    }
    @Override public Void visitAnnAssign(Stmt.AnnAssign s) {
        walk(s.value());
        walk(s.annotation());
        walk(s.target());
        return null;
    }
    @Override public Void visitFor(Stmt.For s) {
        walk(s.iter());
        walk(s.target());
        walkBody(s.body());
        walkBody(s.orelse());
        return null;
    }
    @Override public Void visitWhile(Stmt.While s) {
        walk(s.test());
        walkBody(s.body());
        walkBody(s.orelse());
        return null;
    }
    @Override public Void visitIf(Stmt.If s) {
        walk(s.test());
        walkBody(s.body());
        walkBody(s.orelse());
        return null;
    }
    @Override public Void visitMatch(Stmt.Match s) {
        walk(s.subject());
        for (MatchCase c : s.cases()) {
            walkPattern(c.pattern());
            walk(c.guard());
            walkBody(c.body());
        }
        return null;
    }
    @Override public Void visitWith(Stmt.With s) {
        for (WithItem i : s.items()) {
            walk(i.context());
            walk(i.target());
        }
        walkBody(s.body());
        return null;
    }
    @Override public Void visitRaise(Stmt.Raise s) {
        walk(s.exc());
        walk(s.cause());
        return null;
    }
    @Override public Void visitTry(Stmt.Try s) {
        walkBody(s.body());
        for (ExceptHandler h : s.handlers()) {
            walk(h.type());
            walkBody(h.body());
        }
        walkBody(s.orelse());
        walkBody(s.finalbody());
        return null;
    }
    @Override public Void visitAssert(Stmt.Assert s) {
        walk(s.test());
        walk(s.msg());
        return null;
    }
    @Override public Void visitImport(Stmt.Import s) { return null; }
    @Override public Void visitImportFrom(Stmt.ImportFrom s) { return null; }
    @Override public Void visitGlobal(Stmt.Global s) { return null; }
    @Override public Void visitNonlocal(Stmt.Nonlocal s) { return null; }
    @Override public Void visitExprStmt(Stmt.ExprStmt s) { walk(s.value()); return null; }
    @Override public Void visitPass(Stmt.Pass s) { return null; }
    @Override public Void visitBreak(Stmt.Break s) { return null; }
    @Override public Void visitContinue(Stmt.Continue s) { return null; }
}
