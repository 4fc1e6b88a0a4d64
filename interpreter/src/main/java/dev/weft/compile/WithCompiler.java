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

    WithCompiler(CodeGen g) {
        this.g = g;
    }

    void compile(List<WithItem> items, int index, List<Stmt> body) {
        if (index == items.size()) {
            g.body(body);
            return;
        }
        WithItem item = items.get(index);
        int manager = g.store(g.expr(item.context()));
        int enter = g.store(new Misc.SpecialMethod(new TempLoad(manager), "__enter__", true));
        int exit = g.store(new Misc.SpecialMethod(new TempLoad(manager), "__exit__", true));
        int value = g.temp();
        CallStep enterCall = g.add(new CallStep(new TempLoad(enter), new Node[0], null, value));
        g.asm.fallInto(x -> enterCall.next = x);
        if (item.target() != null) {
            g.targets.assign(List.of(item.target()), new TempLoad(value));
        }
        Label outer = g.asm.handler();
        Label onException = new Label();
        Label end = new Label();
        g.asm.setHandler(onException);
        g.cleanups.add(new ExitCleanup(exit, outer));
        compile(items, index + 1, body);
        g.cleanups.remove(g.cleanups.size() - 1);
        g.asm.setHandler(outer);
        callExitWithNones(g, exit);
        g.asm.jump(end);

        g.asm.bind(onException);
        int exc = g.temp();
        g.emit(new Handlers.TakeCaught(exc));
        int saved = g.temp();
        g.emit(new Handlers.SaveHandled(saved));
        g.emit(new Handlers.SetHandled(exc));
        Label restore = new Label();
        g.asm.setHandler(restore);
        int suppress = g.temp();
        Node e = new TempLoad(exc);
        CallStep exitCall = g.add(new CallStep(new TempLoad(exit),
                new Node[] {new Misc.TypeOf(e), e, new Misc.TracebackOf(e)}, null, suppress));
        g.asm.fallInto(x -> exitCall.next = x);
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

    static void callExitWithNones(CodeGen g, int exit) {
        Node none = new Const(WeftNone.NONE);
        CallStep c = g.add(new CallStep(new TempLoad(exit), new Node[] {none, none, none}, null,
                -1));
        g.asm.fallInto(x -> c.next = x);
    }

    /** Leaving the with body early calls {@code __exit__(None, None, None)}. */
    private record ExitCleanup(int exit, Label outerHandler) implements Cleanup {
        @Override
        public void emitExit(CodeGen g) {
            callExitWithNones(g, exit);
        }
    }
}
