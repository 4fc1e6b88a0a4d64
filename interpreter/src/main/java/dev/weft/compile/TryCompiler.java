// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.ExceptHandler;
import dev.weft.ast.Stmt;
import dev.weft.cps.Node;
import dev.weft.nodes.Handlers;
import dev.weft.nodes.Literals.Const;
import dev.weft.runtime.WeftNone;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.steps.Branch;
import dev.weft.steps.ReraiseStep;
import java.util.List;

/**
 * try/except/else/finally. The finally body is compiled once per way out (normal exit,
 * exception, and each return/break/continue through it), as CPython 3.11 does. While a handler
 * or finally body runs for an exception, that exception is the one being handled
 * (sys.exc_info(), implicit chaining) and the previous one is restored on every way out.
 */
final class TryCompiler {
    private final CodeGen g;

    TryCompiler(CodeGen g) {
        this.g = g;
    }

    void compile(Stmt.Try s) {
        if (s.finalbody().isEmpty()) {
            handlers(s);
        } else {
            tryFinally(s);
        }
    }

    private void tryFinally(Stmt.Try s) {
        Label outer = g.asm.handler();
        Label onException = new Label();
        Label end = new Label();
        g.cleanups.add(new FinallyCleanup(s.finalbody(), outer));
        g.asm.setHandler(onException);
        if (s.handlers().isEmpty()) {
            g.body(s.body());
            g.body(s.orelse());
        } else {
            handlers(s);
        }
        g.asm.setHandler(outer);
        g.cleanups.remove(g.cleanups.size() - 1);
        g.body(s.finalbody());
        g.asm.jump(end);

        g.asm.bind(onException);
        int exc = g.temp();
        g.emit(new Handlers.TakeCaught(exc));
        handling(exc, null, () -> g.body(s.finalbody()));
        g.add(new ReraiseStep(exc));
        g.asm.bind(end);
    }

    private void handlers(Stmt.Try s) {
        if (s.star()) {
            new ExceptStarCompiler(g, this).compile(s.body(), s.handlers(), s.orelse());
        } else {
            tryExcept(s.body(), s.handlers(), s.orelse());
        }
    }

    /** Slots of an exception being handled and of the one handled before it. */
    record Caught(int exc, int saved) {}

    /**
     * The body under a handler, then the else body and a jump to {@code end}; then the handler
     * begins: it takes the exception and makes it the one being handled.
     */
    Caught guarded(List<Stmt> body, List<Stmt> orelse, Label end) {
        Label outer = g.asm.handler();
        Label onException = new Label();
        g.asm.setHandler(onException);
        g.body(body);
        g.asm.setHandler(outer);
        g.body(orelse);
        g.asm.jump(end);

        g.asm.bind(onException);
        int exc = g.temp();
        g.emit(new Handlers.TakeCaught(exc));
        int saved = g.temp();
        g.emit(new Handlers.SaveHandled(saved));
        g.emit(new Handlers.SetHandled(exc));
        return new Caught(exc, saved);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        Label outer = g.asm.handler();
        Label end = new Label();
        Caught c = guarded(body, orelse, end);
        int exc = c.exc();
        int saved = c.saved();
        Label restore = new Label();
        g.asm.setHandler(restore);
        for (ExceptHandler h : handlers) {
            clause(h, exc, saved, end);
        }
        g.emit(new Handlers.SetHandled(saved));
        g.asm.setHandler(outer);
        g.add(new ReraiseStep(exc));
        restoreAndReraise(restore, saved);
        g.asm.bind(end);
    }

    private void clause(ExceptHandler h, int exc, int saved, Label end) {
        g.line(h.span());
        Label next = new Label();
        if (h.type() != null) {
            Node type = g.expr(h.type());
            Branch br = g.add(new Branch(new Handlers.Matches(exc, type)));
            g.asm.fallInto(x -> br.yes = x);
            next.whenBound(x -> br.no = x);
        }
        if (h.name() != null) {
            g.emit(g.targets.storeName(h.name(), new TempLoad(exc)));
        }
        g.cleanups.add(new ExceptCleanup(saved, h.name(), g.asm.handler()));
        g.body(h.body());
        g.cleanups.remove(g.cleanups.size() - 1);
        leaveClause(saved, h.name());
        g.asm.jump(end);
        g.asm.bind(next);
    }

    /** What leaving an except clause does: restore the handled exception, unbind the name. */
    void leaveClause(int saved, String name) {
        g.emit(new Handlers.SetHandled(saved));
        if (name != null) {
            // As CPython: name = None; del name (never fails, even if the body deleted it).
            g.emit(g.targets.storeName(name, new Const(WeftNone.NONE)));
            g.targets.delete(new dev.weft.ast.Expr.Name(dev.weft.ast.Span.NONE, name));
        }
    }

    /**
     * Runs {@code body} with the exception in slot {@code exc} as the one being handled,
     * restoring the previous one on every way out.
     */
    void handling(int exc, String name, Runnable body) {
        Label outer = g.asm.handler();
        int saved = g.temp();
        g.emit(new Handlers.SaveHandled(saved));
        g.emit(new Handlers.SetHandled(exc));
        Label restore = new Label();
        g.asm.setHandler(restore);
        g.cleanups.add(new ExceptCleanup(saved, name, outer));
        body.run();
        g.cleanups.remove(g.cleanups.size() - 1);
        g.emit(new Handlers.SetHandled(saved));
        g.asm.setHandler(outer);
        Label after = new Label();
        g.asm.jump(after);
        restoreAndReraise(restore, saved);
        g.asm.bind(after);
    }

    /** A handler that restores the saved handled exception and re-raises what arrived. */
    void restoreAndReraise(Label restore, int saved) {
        g.asm.bind(restore);
        int tmp = g.temp();
        g.emit(new Handlers.TakeCaught(tmp));
        g.emit(new Handlers.SetHandled(saved));
        g.add(new ReraiseStep(tmp));
    }

    /** Leaving a try early runs a copy of its finally body. */
    private record FinallyCleanup(List<Stmt> body, Label outerHandler) implements Cleanup {
        @Override
        public void emitExit(CodeGen g) {
            g.body(body);
        }
    }

    /** Leaving an except clause early restores the handled exception. */
    private record ExceptCleanup(int saved, String name, Label outerHandler) implements Cleanup {
        @Override
        public void emitExit(CodeGen g) {
            new TryCompiler(g).leaveClause(saved, name);
        }
    }
}
