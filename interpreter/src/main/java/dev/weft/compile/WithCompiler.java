// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Stmt;
import dev.weft.ast.WithItem;
import dev.weft.cps.Node;
import dev.weft.nodes.Handlers;
import dev.weft.nodes.Literals.Const;
import dev.weft.nodes.Misc;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.runtime.WeftNone;
import dev.weft.steps.Branch;
import dev.weft.steps.CallStep;
import dev.weft.steps.ReraiseStep;
import java.util.List;

/**
 * The with statement: {@code __enter__} and {@code __exit__} are called through call steps (so
 * they may suspend); an exception from the body is passed to {@code __exit__}, which may
 * suppress it; return, break and continue call {@code __exit__(None, None, None)} on the way out.
 */
final class WithCompiler {
    private final CodeGen g;
    /** {@code async with}: __aenter__/__aexit__, each call awaited. */
    private final boolean async;
    /** The statement: its exit calls report its line, as CPython's do. */
    private final dev.weft.ast.Span span;

    WithCompiler(CodeGen g, boolean async, dev.weft.ast.Span span) {
        this.g = g;
        this.async = async;
        this.span = span;
    }

    /** Calls the bound method in slot {@code fn}; under async with, awaits the result. */
    private int call(int fn, Node[] args) {
        int result = g.temp();
        CallStep c = g.add(new CallStep(new TempLoad(fn), args, null, result));
        c.awaited = async;
        g.asm.fallInto(x -> c.next = x);
        if (!async) {
            return result;
        }
        int awaited = g.temp();
        dev.weft.steps.AwaitStep a = g.add(new dev.weft.steps.AwaitStep(new TempLoad(result),
                awaited));
        g.asm.fallInto(x -> a.next = x);
        return awaited;
    }

    void compile(List<WithItem> items, int index, List<Stmt> body) {
        if (index == items.size()) {
            g.body(body);
            return;
        }
        WithItem item = items.get(index);
        int manager = g.store(g.expr(item.context()));
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        int enter = g.store(new Misc.SpecialMethod(new TempLoad(manager), enterName, async));
        int exit = g.store(new Misc.SpecialMethod(new TempLoad(manager), exitName, async));
        int value = call(enter, new Node[0]);
        if (item.target() != null) {
            g.targets.assign(List.of(item.target()), new TempLoad(value));
        }
        Label outer = g.asm.handler();
        Label onException = new Label();
        Label end = new Label();
        g.asm.setHandler(onException);
        g.cleanups.add(new ExitCleanup(exit, outer, this));
        compile(items, index + 1, body);
        g.cleanups.remove(g.cleanups.size() - 1);
        g.asm.setHandler(outer);
        callExitWithNones(exit);
        g.asm.jump(end);

        g.asm.bind(onException);
        g.line(span);
        int exc = g.temp();
        g.emit(new Handlers.TakeCaught(exc));
        int saved = g.temp();
        g.emit(new Handlers.SaveHandled(saved));
        g.emit(new Handlers.SetHandled(exc));
        Label restore = new Label();
        g.asm.setHandler(restore);
        Node e = new TempLoad(exc);
        int suppress = call(exit, new Node[] {new Misc.TypeOf(e), e, new Misc.TracebackOf(e)});
        Label reraise = new Label();
        Branch br = g.add(new Branch(new TempLoad(suppress)));
        g.asm.fallInto(x -> br.yes = x);
        reraise.whenBound(x -> br.no = x);
        g.emit(new Handlers.SetHandled(saved));
        g.asm.jump(end);
        g.asm.bind(reraise);
        g.emit(new Handlers.SetHandled(saved));
        g.asm.setHandler(outer);
        g.add(new ReraiseStep(exc));
        g.asm.bind(restore);
        int tmp = g.temp();
        g.emit(new Handlers.TakeCaught(tmp));
        g.emit(new Handlers.SetHandled(saved));
        g.add(new ReraiseStep(tmp));
        g.asm.bind(end);
    }

    void callExitWithNones(int exit) {
        g.line(span);
        Node none = new Const(WeftNone.NONE);
        call(exit, new Node[] {none, none, none});
    }

    /** Leaving the with body early calls {@code __exit__(None, None, None)}. */
    private record ExitCleanup(int exit, Label outerHandler, WithCompiler with)
            implements Cleanup {
        @Override
        public void emitExit(CodeGen g) {
            with.callExitWithNones(exit);
        }
    }
}
