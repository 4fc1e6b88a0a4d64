// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Arguments;
import dev.weft.ast.Expr;
import dev.weft.ast.Stmt;
import dev.weft.cps.Node;
import dev.weft.nodes.Access;
import dev.weft.nodes.Arithmetic;
import dev.weft.nodes.Handlers;
import dev.weft.nodes.Literals.Const;
import dev.weft.nodes.Misc;
import dev.weft.nodes.Targets;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.runtime.WeftNone;
import dev.weft.steps.Branch;
import dev.weft.steps.FinishStep;
import dev.weft.steps.RaiseStep;
import dev.weft.steps.ReturnStep;
import java.util.List;

/** Compiles statements into steps and nodes. */
final class Statements implements Stmt.Visitor<Void> {
    private final CodeGen g;
    private final Loops loops;
    private final Definitions defs;

    Statements(CodeGen g) {
        this.g = g;
        this.loops = new Loops(g);
        this.defs = new Definitions(g);
    }

    void compile(Stmt s) {
        int mark = g.mark();
        g.line(s.span());
        s.accept(this);
        g.release(mark);
    }

    Node makeFunction(Object node, String name, Arguments args, List<Stmt> body, Expr lambda,
            int line) {
        return defs.makeFunction(node, name, args, body, lambda, line);
    }

    // ---- simple statements ------------------------------------------------------------------

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        if (s.value() instanceof Expr.Call c && !(g.unit.interactive && isTopLevel())) {
            g.exprs.calls().call(c, true);
            return null;
        }
        Node n = g.expr(s.value());
        if (g.unit.interactive && isTopLevel()) {
            g.emit(new Misc.Echo(n));
        } else if (!(n instanceof Const) && !(n instanceof TempLoad)) {
            g.emit(new Misc.Discard(n));
        }
        return null;
    }

    private boolean isTopLevel() {
        return g.scope.kind == Scope.Kind.MODULE;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        if (s.targets().size() == 1 && s.targets().get(0) instanceof Expr.Name n
                && g.scope.owning.contains(n.id()) && s.value() instanceof Expr.Call c) {
            g.targets.assign(s.targets(), g.exprs.calls().call(c, false, true));
            return null;
        }
        g.targets.assign(s.targets(), g.expr(s.value()));
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            g.targets.assign(List.of(s.target()), g.expr(s.value()));
        }
        AnnotationCode.annotated(g, s);
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        int op = s.op().ordinal();
        Expr target = s.target();
        boolean later = g.suspends(s.value());
        if (target instanceof Expr.Name n) {
            Node current = g.at(g.exprs.load(n.id()), target);
            if (later) {
                current = g.spill(current);
            }
            Node value = g.expr(s.value());
            g.emit(g.targets.storeName(n.id(),
                    g.at(new Arithmetic.Inplace(op, current, value), s.span())));
        } else if (target instanceof Expr.Attribute a) {
            int obj = g.store(g.expr(a.value()));
            String attr = g.scope.mangle(a.attr());
            Node current = g.at(new Access.AttrLoad(new TempLoad(obj), attr), target);
            if (later) {
                current = g.spill(current);
            }
            Node value = g.expr(s.value());
            Targets.Target store = new Targets.Attr(new TempLoad(obj), attr);
            store.pos = g.positions.register(target.span(), target);
            g.emit(new Targets.Assign(new Targets.Target[] {store},
                g.at(new Arithmetic.Inplace(op, current, value), s.span())));
        } else if (target instanceof Expr.Subscript sub) {
            int obj = g.store(g.expr(sub.value()));
            int key = g.store(g.expr(sub.index()));
            Node current = g.at(new Access.SubscrLoad(new TempLoad(obj), new TempLoad(key)),
                    target);
            if (later) {
                current = g.spill(current);
            }
            Node value = g.expr(s.value());
            Targets.Target store = new Targets.Subscr(new TempLoad(obj), new TempLoad(key));
            store.pos = g.positions.register(target.span(), target);
            g.emit(new Targets.Assign(new Targets.Target[] {store},
                g.at(new Arithmetic.Inplace(op, current, value), s.span())));
        } else {
            throw g.error(target.span(), "'" + describe(target)
                    + "' is an illegal expression for augmented assignment");
        }
        return null;
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListDisplay) {
            return "list";
        }
        return "expression";
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        s.targets().forEach(g.targets::delete);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        Node test = g.expr(s.test());
        if (!g.suspends(s.msg())) {
            g.emit(g.at(new Handlers.Assert(test, s.msg() == null ? null : g.expr(s.msg())),
                    s.test().span()));
            return null;
        }
        Label end = new Label();
        Branch br = g.add(new Branch(test));
        end.whenBound(x -> br.yes = x);
        g.asm.fallInto(x -> br.no = x);
        Node msg = g.expr(s.msg());
        g.emit(g.at(new Handlers.Assert(new Const(Boolean.FALSE), msg), s.test().span()));
        g.asm.bind(end);
        return null;
    }

    // ---- control flow -----------------------------------------------------------------------

    @Override
    public Void visitIf(Stmt.If s) {
        Node test = g.expr(s.test());
        Label otherwise = new Label();
        Label end = new Label();
        Branch br = g.add(new Branch(test));
        g.asm.fallInto(x -> br.yes = x);
        otherwise.whenBound(x -> br.no = x);
        g.body(s.body());
        if (s.orelse().isEmpty()) {
            g.asm.bind(otherwise);
            return null;
        }
        g.asm.jump(end);
        g.asm.bind(otherwise);
        g.body(s.orelse());
        g.asm.bind(end);
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        new MatchCompiler(g).compile(s);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        loops.compileWhile(s);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        if (s.isAsync()) {
            loops.compileAsyncFor(s);
            return null;
        }
        loops.compileFor(s);
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        loops.breakOrContinue(true);
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        loops.breakOrContinue(false);
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (s.value() instanceof Expr.IfExp c && g.suspends(s.value()) && g.cleanups.isEmpty()) {
            // return a if t else b  ==>  if t: return a / else: return b  (no merge step)
            visitIf(new Stmt.If(s.span(), c.test(), List.of(new Stmt.Return(s.span(), c.body())),
                    List.of(new Stmt.Return(s.span(), c.orelse()))));
            return null;
        }
        Node value = s.value() == null ? new Const(WeftNone.NONE) : g.expr(s.value());
        if (!g.cleanups.isEmpty() || g.releasesOnReturn() != null) {
            value = g.spill(value);
            Cleanups.emitDownTo(g, 0);
        }
        if (g.releasesOnReturn() != null) {
            g.emit(g.releasesOnReturn(value));
        }
        if (g.isGenerator()) {
            g.add(new FinishStep(value));
        } else {
            g.add(new ReturnStep(value));
        }
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        Node exc = s.exc() == null ? null : g.expr(s.exc());
        if (exc != null && g.suspends(s.cause())) {
            exc = g.spill(exc);
        }
        Node cause = s.cause() == null ? null : g.expr(s.cause());
        g.add(new RaiseStep(exc, cause));
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        new TryCompiler(g).compile(s);
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        new WithCompiler(g, s.isAsync(), s.span()).compile(s.items(), 0, s.body());
        return null;
    }

    // ---- definitions and imports --------------------------------------------------------------

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        defs.functionDef(s);
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        defs.classDef(s);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        Imports.compileImport(g, s);
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        Imports.compileFrom(g, s);
        return null;
    }
}
