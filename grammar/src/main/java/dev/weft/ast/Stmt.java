// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

import dev.weft.ast.Operators.BinaryOperator;
import java.util.List;

/**
 * Statements, one immutable record per construct, shaped after CPython's {@code ast} module.
 * Lists are never null (empty instead); optional children are null where the record says so.
 */
public sealed interface Stmt {

    Span span();

    <R> R accept(Visitor<R> v);

    /** {@code def} or {@code async def}; {@code returns} (the annotation) may be null. */
    record FunctionDef(Span span, String name, Arguments args, List<Stmt> body,
            List<Expr> decorators, Expr returns, boolean isAsync) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFunctionDef(this); }
    }

    record ClassDef(Span span, String name, List<Expr> bases, List<Keyword> keywords,
            List<Stmt> body, List<Expr> decorators) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitClassDef(this); }
    }

    /** {@code return value}; value may be null. */
    record Return(Span span, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    record Delete(Span span, List<Expr> targets) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDelete(this); }
    }

    /** {@code t1 = t2 = value}: one or more targets, assigned left to right. */
    record Assign(Span span, List<Expr> targets, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    record AugAssign(Span span, Expr target, BinaryOperator op, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    /** {@code target: annotation = value}; value may be null; simple when target is a bare name. */
    record AnnAssign(Span span, Expr target, Expr annotation, Expr value, boolean simple)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAnnAssign(this); }
    }

    record For(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse,
            boolean isAsync) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    record While(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    /** {@code elif} chains nest as a single {@code If} in {@code orelse}. */
    record If(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** {@code match subject:} and its cases, tried in order. */
    record Match(Span span, Expr subject, List<MatchCase> cases) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitMatch(this); }
    }

    record With(Span span, List<WithItem> items, List<Stmt> body, boolean isAsync)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    /** {@code raise exc from cause}; both may be null (a bare re-raise). */
    record Raise(Span span, Expr exc, Expr cause) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitRaise(this); }
    }

    /** try/except/else/finally; {@code star}: the handlers are {@code except*} clauses. */
    record Try(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, boolean star) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    /** {@code assert test, msg}; msg may be null. */
    record Assert(Span span, Expr test, Expr msg) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    record Import(Span span, List<Alias> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    /**
     * {@code from module import names}; module is null for {@code from . import x}; a single
     * alias named {@code *} is a star import.
     */
    record ImportFrom(Span span, String module, List<Alias> names, int level) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImportFrom(this); }
    }

    record Global(Span span, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitGlobal(this); }
    }

    record Nonlocal(Span span, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitNonlocal(this); }
    }

    /** An expression evaluated for its effect (the REPL echoes its value). */
    record ExprStmt(Span span, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExprStmt(this); }
    }

    record Pass(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitPass(this); }
    }

    record Break(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    record Continue(Span span) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }

    /** One visit method per record. */
    interface Visitor<R> {
        R visitFunctionDef(FunctionDef s);
        R visitClassDef(ClassDef s);
        R visitReturn(Return s);
        R visitDelete(Delete s);
        R visitAssign(Assign s);
        R visitAugAssign(AugAssign s);
        R visitAnnAssign(AnnAssign s);
        R visitFor(For s);
        R visitWhile(While s);
        R visitIf(If s);
        R visitMatch(Match s);
        R visitWith(With s);
        R visitRaise(Raise s);
        R visitTry(Try s);
        R visitAssert(Assert s);
        R visitImport(Import s);
        R visitImportFrom(ImportFrom s);
        R visitGlobal(Global s);
        R visitNonlocal(Nonlocal s);
        R visitExprStmt(ExprStmt s);
        R visitPass(Pass s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
    }
}
