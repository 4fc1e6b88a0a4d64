// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.ast.Stmt;
import dev.weft.nodes.Owned;
import dev.weft.cps.Node;
import dev.weft.nodes.Literals.Const;
import dev.weft.nodes.Misc;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.runtime.Truth;
import dev.weft.steps.Branch;
import dev.weft.steps.ForIterStep;
import dev.weft.steps.IterStopStep;
import java.util.List;

/** while and for loops, and the break and continue statements inside them. */
final class Loops {
    private final CodeGen g;

    Loops(CodeGen g) {
        this.g = g;
    }

    void compileWhile(Stmt.While s) {
        Label top = new Label();
        Label exit = new Label();
        Label orelse = new Label();
        g.asm.bind(top);
        Node test = g.expr(s.test());
        if (!(test instanceof Const c && Truth.isTrue(null, c.value()))) {
            Branch br = g.add(new Branch(test));
            g.asm.fallInto(x -> br.yes = x);
            orelse.whenBound(x -> br.no = x);
        }
        loopBody(top, exit, s.body());
        g.asm.jump(top);
        g.asm.bind(orelse);
        g.body(s.orelse());
        g.asm.bind(exit);
    }

    void compileFor(Stmt.For s) {
        boolean owns = s.iter() instanceof Expr.Call || s.iter() instanceof Expr.GeneratorExp;
        int it = g.store(new Misc.GetIter(iterable(s.iter())));
        int value = g.temp();
        Label top = new Label();
        Label exit = new Label();
        Label orelse = new Label();
        Label outer = g.asm.handler();
        Label onException = owns && outer != null ? new Label() : null;
        if (owns) {
            g.cleanups.add(new Release(it, outer));
        }
        if (onException != null) {
            g.asm.setHandler(onException);
        }
        Head head = forHead(it, value, top, orelse);
        g.line(s.span());
        g.targets.assign(List.of(s.target()), new TempLoad(value));
        loopBody(top, exit, s.body());
        g.asm.jump(top);
        stopHandler(head, orelse);
        if (owns) {
            g.cleanups.remove(g.cleanups.size() - 1);
        }
        g.asm.setHandler(outer);
        if (onException != null) {
            releaseAndReraise(onException, it);
        }
        g.asm.bind(orelse);
        g.body(s.orelse());
        g.asm.bind(exit);
        if (owns) {
            g.emit(new Owned.Release(it));
        }
        g.emit(new Misc.Clear(it));
    }

    /** {@code async for}: each item is awaited from the async iterator. */
    void compileAsyncFor(Stmt.For s) {
        int it = g.store(new Misc.GetAIter(g.expr(s.iter())));
        int value = g.temp();
        Label top = new Label();
        Label exit = new Label();
        Label orelse = new Label();
        AsyncHead head = asyncHead(it, value, top, orelse);
        g.line(s.span());
        g.targets.assign(List.of(s.target()), new TempLoad(value));
        loopBody(top, exit, s.body());
        g.asm.jump(top);
        asyncStopHandler(head, orelse);
        g.asm.bind(orelse);
        g.body(s.orelse());
        g.asm.bind(exit);
        g.emit(new Misc.Clear(it));
    }

    AsyncHead asyncHead(int it, int value, Label top, Label done) {
        g.asm.bind(top);
        Label outer = g.asm.handler();
        Label stop = new Label();
        g.asm.setHandler(stop);
        dev.weft.steps.AsyncForStep head = g.add(new dev.weft.steps.AsyncForStep(it, value));
        g.asm.setHandler(outer);
        g.asm.fallInto(x -> head.body = x);
        done.whenBound(x -> head.exit = x);
        return new AsyncHead(head, stop);
    }

    void asyncStopHandler(AsyncHead head, Label done) {
        g.asm.bind(head.stop());
        dev.weft.steps.AsyncStopStep st = g.add(new dev.weft.steps.AsyncStopStep());
        done.whenBound(x -> st.exit = x);
    }

    /** An async loop head and its StopAsyncIteration handler label. */
    record AsyncHead(dev.weft.steps.AsyncForStep step, Label stop) {}

    /** The loop's iterable; a call or generator expression gives the loop its sole owner. */
    private Node iterable(Expr e) {
        if (e instanceof Expr.Call c) {
            return g.exprs.calls().call(c, false, true);
        }
        if (e instanceof Expr.GeneratorExp ge) {
            return new Comprehensions(g).compile(ge, ge.generators(), true);
        }
        return g.expr(e);
    }

    /**
     * An exception leaving the loop to a handler in this function: CPython drops the iterator
     * (closing an unshared generator) before the handler runs.
     */
    private void releaseAndReraise(Label at, int it) {
        g.asm.bind(at);
        int exc = g.temp();
        g.emit(new dev.weft.nodes.Handlers.TakeCaught(exc));
        g.emit(new Owned.Release(it));
        g.add(new dev.weft.steps.ReraiseStep(exc));
    }

    /** Leaving the loop by return releases the iterator it owns. */
    private record Release(int it, Label outerHandler) implements Cleanup {
        @Override
        public void emitExit(CodeGen g) {
            g.emit(new Owned.Release(it));
        }
    }

    /**
     * Binds {@code top} to a new ForIterStep over the iterator in slot {@code it}; the body
     * follows, exhaustion goes to {@code done}.
     */
    Head forHead(int it, int value, Label top, Label done) {
        g.asm.bind(top);
        Label outer = g.asm.handler();
        Label stop = new Label();
        g.asm.setHandler(stop);
        ForIterStep head = g.add(new ForIterStep(it, value));
        g.asm.setHandler(outer);
        g.asm.fallInto(x -> head.body = x);
        done.whenBound(x -> head.exit = x);
        return new Head(head, stop);
    }

    /** A loop head and the label of its StopIteration handler, placed after the body. */
    record Head(ForIterStep step, Label stop) {}

    /** The loop head's handler: StopIteration from a user iterator ends the loop. */
    void stopHandler(Head head, Label done) {
        g.asm.bind(head.stop());
        IterStopStep is = g.add(new IterStopStep());
        done.whenBound(x -> is.exit = x);
    }

    private void loopBody(Label top, Label exit, List<Stmt> body) {
        g.loops.add(new CodeGen.Loop(top, exit, g.cleanups.size()));
        g.body(body);
        g.loops.remove(g.loops.size() - 1);
    }

    void breakOrContinue(boolean isBreak) {
        CodeGen.Loop loop = g.loops.get(g.loops.size() - 1);
        Cleanups.emitDownTo(g, loop.cleanupDepth());
        g.asm.jump(isBreak ? loop.exit() : loop.top());
    }
}
