// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.ExceptHandler;
import dev.weft.ast.Stmt;
import dev.weft.nodes.Handlers;
import dev.weft.nodes.StarHandlers;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.steps.Branch;
import dev.weft.steps.ReraiseStep;
import java.util.List;

/**
 * try/except* (PEP 654). Each clause takes the part of the still unhandled exception its types
 * match (a naked exception arrives wrapped in a group) and passes the rest on; what the clauses
 * raise and what no clause matched are raised together after the last one. The resolver has
 * already refused break, continue and return inside the clauses, so a clause is left only by
 * its end or by an exception.
 */
final class ExceptStarCompiler {
    private final CodeGen g;
    private final TryCompiler tries;

    ExceptStarCompiler(CodeGen g, TryCompiler tries) {
        this.g = g;
        this.tries = tries;
    }

    void compile(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        Label outer = g.asm.handler();
        Label end = new Label();
        TryCompiler.Caught c = tries.guarded(body, orelse, end);
        int orig = c.exc();
        int saved = c.saved();
        int rest = g.temp();
        g.emit(new dev.weft.nodes.Variables.SlotStore(rest, new TempLoad(orig)));
        int raised = g.temp();
        g.emit(new StarHandlers.NewRaised(raised));
        Label restore = new Label();
        g.asm.setHandler(restore);
        for (ExceptHandler h : handlers) {
            clause(h, rest, raised, restore);
        }
        int result = g.temp();
        g.emit(new StarHandlers.Reraise(result, orig, raised, rest));
        g.emit(new Handlers.SetHandled(saved));
        g.asm.setHandler(outer);
        Branch left = g.add(new Branch(new StarHandlers.Present(result)));
        g.asm.fallInto(x -> left.yes = x);
        end.whenBound(x -> left.no = x);
        g.add(new ReraiseStep(result));
        tries.restoreAndReraise(restore, saved);
        g.asm.bind(end);
    }

    private void clause(ExceptHandler h, int rest, int raised, Label restore) {
        g.line(h.span());
        Label next = new Label();
        int match = g.temp();
        g.emit(new StarHandlers.Match(rest, match, g.expr(h.type())));
        Branch br = g.add(new Branch(new StarHandlers.Present(match)));
        g.asm.fallInto(x -> br.yes = x);
        next.whenBound(x -> br.no = x);
        g.emit(new Handlers.SetHandled(match));
        if (h.name() != null) {
            g.emit(g.targets.storeName(h.name(), new TempLoad(match)));
        }
        Label onRaise = new Label();
        g.asm.setHandler(onRaise);
        g.body(h.body());
        g.asm.setHandler(restore);
        unbind(h.name());
        g.asm.jump(next);

        g.asm.bind(onRaise);
        int exc = g.temp();
        g.emit(new Handlers.TakeCaught(exc));
        g.emit(new StarHandlers.AddRaised(raised, exc));
        unbind(h.name());
        g.asm.bind(next);
    }

    private void unbind(String name) {
        if (name != null) {
            g.emit(g.targets.storeName(name, new dev.weft.nodes.Literals.Const(
                    dev.weft.runtime.WeftNone.NONE)));
            g.targets.delete(new dev.weft.ast.Expr.Name(dev.weft.ast.Span.NONE, name));
        }
    }
}
