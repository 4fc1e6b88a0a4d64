// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Comprehension;
import dev.weft.ast.Expr;
import dev.weft.cps.Code;
import dev.weft.cps.Node;
import dev.weft.nodes.Containers;
import dev.weft.nodes.Functions;
import dev.weft.nodes.Literals.Const;
import dev.weft.nodes.Misc;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.runtime.WeftNone;
import dev.weft.steps.Branch;
import dev.weft.steps.CallStep;
import dev.weft.steps.YieldStep;
import java.util.List;

/**
 * List, set and dict comprehensions and generator expressions: each is a nested function of
 * one parameter (the first iterable's iterator, evaluated in the enclosing scope), called at
 * once, as in CPython 3.11.
 */
final class Comprehensions {
    private final CodeGen outer;

    Comprehensions(CodeGen outer) {
        this.outer = outer;
    }

    Node compile(Expr node, List<Comprehension> gens) {
        return compile(node, gens, false);
    }

    /** As {@link #compile(Expr, List)}; {@code fresh}: the result has one owner. */
    Node compile(Expr node, List<Comprehension> gens, boolean fresh) {
        Scope scope = outer.unit.scopeOf(node);
        scope.qualname = Compiler.qualname(outer.scope, scope.name);
        boolean genexp = node instanceof Expr.GeneratorExp;
        Code.Kind kind = genexp ? (scope.isAsync ? Code.Kind.ASYNC_GENERATOR : Code.Kind.GENERATOR)
                : (scope.isAsync ? Code.Kind.COROUTINE : Code.Kind.FUNCTION);
        int line = node.span().line();
        Code code = new Code(scope.name, scope.qualname, outer.unit.module.file(),
                outer.unit.module.source(), line, kind);
        code.argcount = 1;
        code.paramNames = new String[] {".0"};
        CodeGen g = new CodeGen(outer.unit, scope, code);
        g.line(node.span());
        if (genexp) {
            g.emit(new Misc.ReceiveSent(-1));
        }
        int result = -1;
        if (!genexp) {
            char k = node instanceof Expr.ListComp ? 'l' : node instanceof Expr.SetComp ? 's' : 'd';
            result = g.store(new Containers.Empty(k));
        }
        level(g, gens, 0, result, node);
        Compiler.finish(g, genexp ? new Const(WeftNone.NONE) : new TempLoad(result));

        Node first = outer.expr(gens.get(0).iter());
        Node iter = gens.get(0).isAsync() ? new Misc.GetAIter(first) : new Misc.GetIter(first);
        int[] closure = scope.frees.stream().mapToInt(outer.scope::cellSlot).toArray();
        Node fn = new Functions.MakeFunction(code, new Node[0], new String[0], new Node[0],
                closure, WeftNone.NONE);
        int slot = outer.temp();
        outer.line(node.span());
        CallStep call = outer.add(new CallStep(fn, new Node[] {iter}, null, slot));
        call.fresh = fresh;
        outer.asm.fallInto(x -> call.next = x);
        if (kind == Code.Kind.COROUTINE) {
            // An async comprehension runs as a coroutine, awaited in place.
            int awaited = outer.temp();
            dev.weft.steps.AwaitStep a = outer.add(new dev.weft.steps.AwaitStep(
                    new TempLoad(slot), awaited));
            outer.asm.fallInto(x -> a.next = x);
            return new TempLoad(awaited);
        }
        return new TempLoad(slot);
    }

    private void level(CodeGen g, List<Comprehension> gens, int i, int result, Expr node) {
        Comprehension c = gens.get(i);
        int it = i == 0 ? 0 : g.store(c.isAsync() ? new Misc.GetAIter(g.expr(c.iter()))
                : new Misc.GetIter(g.expr(c.iter())));
        int value = g.temp();
        Label top = new Label();
        Label done = new Label();
        Loops loops = new Loops(g);
        Loops.Head head = c.isAsync() ? null : loops.forHead(it, value, top, done);
        Loops.AsyncHead ahead = c.isAsync() ? loops.asyncHead(it, value, top, done) : null;
        g.targets.assign(List.of(c.target()), new TempLoad(value));
        for (Expr cond : c.ifs()) {
            Branch br = g.add(new Branch(g.expr(cond)));
            g.asm.fallInto(x -> br.yes = x);
            top.whenBound(x -> br.no = x);
        }
        if (i + 1 < gens.size()) {
            level(g, gens, i + 1, result, node);
        } else {
            element(g, result, node);
        }
        g.asm.jump(top);
        if (head != null) {
            loops.stopHandler(head, done);
        } else {
            loops.asyncStopHandler(ahead, done);
        }
        g.asm.bind(done);
    }

    private static void element(CodeGen g, int result, Expr node) {
        if (node instanceof Expr.ListComp lc) {
            g.emit(new Containers.ListAppend(result, g.expr(lc.elt())));
        } else if (node instanceof Expr.SetComp sc) {
            g.emit(new Containers.SetAdd(result, g.expr(sc.elt())));
        } else if (node instanceof Expr.DictComp dc) {
            Node key = g.expr(dc.key());
            if (g.suspends(dc.value())) {
                key = g.spill(key);
            }
            g.emit(new Containers.DictPut(result, key, g.expr(dc.value())));
        } else {
            Node value = g.expr(((Expr.GeneratorExp) node).elt());
            YieldStep y = g.add(new YieldStep(value));
            g.asm.fallInto(x -> y.next = x);
            g.emit(new Misc.ReceiveSent(-1));
        }
    }
}
