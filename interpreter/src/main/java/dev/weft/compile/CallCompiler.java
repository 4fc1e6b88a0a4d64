// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.ast.Keyword;
import dev.weft.cps.Node;
import dev.weft.nodes.Variables;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.steps.CallStep;
import dev.weft.steps.MethodCallStep;
import dev.weft.steps.StarCallStep;
import java.util.ArrayList;
import java.util.List;

/** Compiles call expressions into call steps (plain, method, or with unpacking). */
final class CallCompiler {
    private final CodeGen g;

    CallCompiler(CodeGen g) {
        this.g = g;
    }

    /** Emits the call; returns a node reading its result (null when {@code discard}). */
    Node call(Expr.Call e, boolean discard) {
        return call(e, discard, false);
    }

    /** A call directly under {@code await}: a waiting builtin's result is passed through. */
    Node awaitedCall(Expr.Call e) {
        awaitNext = true;
        try {
            return call(e, false, false);
        } finally {
            awaitNext = false;
        }
    }

    private boolean awaitNext;

    /** As {@link #call(Expr.Call, boolean)}; {@code fresh} marks a result with one owner. */
    Node call(Expr.Call e, boolean discard, boolean fresh) {
        boolean awaited = awaitNext;
        awaitNext = false;
        List<Expr> args = new ArrayList<>(e.args());
        if (isZeroArgSuper(e)) {
            return superCall(e, discard);
        }
        boolean star = args.stream().anyMatch(a -> a instanceof Expr.Starred)
                || e.keywords().stream().anyMatch(k -> k.name() == null);
        int saved = g.asm.line();
        int savedPosition = g.asm.position();
        int slot = discard ? -1 : g.temp();
        if (star) {
            starCall(e, slot, awaited);
        } else if (e.func() instanceof Expr.Attribute a) {
            Node obj = g.expr(a.value());
            if (g.unit.suspends.any(allArgs(e))) {
                obj = g.spill(obj);
            }
            Node[] argv = arguments(e);
            g.line(e.span());
            MethodCallStep m = g.add(new MethodCallStep(obj, g.scope.mangle(a.attr()), argv,
                    kwnames(e), slot));
            m.awaited = awaited;
            g.asm.fallInto(s -> m.next = s);
        } else {
            Node fn = g.expr(e.func());
            if (g.unit.suspends.any(allArgs(e))) {
                fn = g.spill(fn);
            }
            Node[] argv = arguments(e);
            g.line(e.span());
            CallStep c = g.add(new CallStep(fn, argv, kwnames(e), slot));
            c.fresh = fresh && !discard;
            c.awaited = awaited;
            g.asm.fallInto(s -> c.next = s);
        }
        g.asm.setLine(saved);
        g.asm.setPosition(savedPosition);
        return discard ? null : new TempLoad(slot);
    }

    private static List<Expr> allArgs(Expr.Call e) {
        List<Expr> all = new ArrayList<>(e.args());
        for (Keyword k : e.keywords()) {
            all.add(k.value());
        }
        return all;
    }

    /** Positional then keyword argument values, each spilled if a later one suspends. */
    private Node[] arguments(Expr.Call e) {
        return g.exprs.all(allArgs(e));
    }

    private static String[] kwnames(Expr.Call e) {
        if (e.keywords().isEmpty()) {
            return null;
        }
        return e.keywords().stream().map(Keyword::name).toArray(String[]::new);
    }

    private void starCall(Expr.Call e, int slot, boolean awaited) {
        Node fn = g.expr(e.func());
        List<Expr> values = new ArrayList<>();
        List<Integer> kinds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Expr a : e.args()) {
            boolean isStar = a instanceof Expr.Starred;
            values.add(isStar ? ((Expr.Starred) a).value() : a);
            kinds.add(isStar ? StarCallStep.STAR : StarCallStep.POSITIONAL);
            names.add(null);
        }
        for (Keyword k : e.keywords()) {
            values.add(k.value());
            kinds.add(k.name() == null ? StarCallStep.DOUBLE_STAR : StarCallStep.KEYWORD);
            names.add(k.name());
        }
        if (g.unit.suspends.any(values) || g.unit.suspends.any(e.args())) {
            fn = g.spill(fn);
        }
        Node[] parts = starParts(e, values);
        g.line(e.span());
        StarCallStep c = g.add(new StarCallStep(fn, parts,
                kinds.stream().mapToInt(Integer::intValue).toArray(),
                names.toArray(new String[0]), slot));
        c.awaited = awaited;
        g.asm.fallInto(s -> c.next = s);
    }

    /**
     * The parts of a call with unpacking: {@code *x} goes through the unpacking call step (a
     * generator is collected on the trampoline); each part is spilled if a later one suspends.
     */
    private Node[] starParts(Expr.Call call, List<Expr> values) {
        List<Expr> args = call.args();
        List<Expr> sources = new ArrayList<>(args);
        sources.addAll(values.subList(args.size(), values.size()));
        Node[] out = new Node[sources.size()];
        for (int i = 0; i < out.length; i++) {
            Expr x = sources.get(i);
            out[i] = x instanceof Expr.Starred s ? g.exprs.unpacked(s, call.span()) : g.expr(x);
            if (g.unit.suspends.any(sources.subList(i + 1, sources.size()))) {
                out[i] = g.spill(out[i]);
            }
        }
        return out;
    }

    private boolean isZeroArgSuper(Expr.Call e) {
        return e.func() instanceof Expr.Name n && n.id().equals("super") && e.args().isEmpty()
                && e.keywords().isEmpty() && g.scope.isFunctionLike()
                && g.scope.lookup("__class__").kind() == Symbol.Kind.FREE;
    }

    /** {@code super()} becomes {@code super(__class__, <first argument>)}. */
    private Node superCall(Expr.Call e, boolean discard) {
        Node fn = g.exprs.load("super");
        Node cls = new Variables.CellLoad(g.scope.lookup("__class__").slot(), "__class__", true);
        Node self;
        if (g.scope.params.isEmpty()) {
            self = new dev.weft.nodes.Misc.Fail("RuntimeError", "super(): no arguments");
        } else {
            self = g.exprs.load(g.scope.params.get(0));
        }
        int slot = discard ? -1 : g.temp();
        g.line(e.span());
        CallStep c = g.add(new CallStep(fn, new Node[] {cls, self}, null, slot));
        g.asm.fallInto(s -> c.next = s);
        return discard ? null : new TempLoad(slot);
    }
}
