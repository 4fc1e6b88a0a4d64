// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.ast.Keyword;
import dev.weft.ast.Span;
import dev.weft.ast.Operators.CompareOperator;
import dev.weft.cps.Node;
import dev.weft.nodes.Access;
import dev.weft.nodes.Arithmetic;
import dev.weft.nodes.Comparisons;
import dev.weft.nodes.FStrings;
import dev.weft.nodes.Literals;
import dev.weft.nodes.Literals.Const;
import dev.weft.nodes.Misc;
import dev.weft.nodes.Variables;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.runtime.GeneratorDrain;
import dev.weft.runtime.Singleton;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftComplex;
import dev.weft.runtime.WeftNone;
import dev.weft.steps.Branch;
import dev.weft.steps.CallStep;
import dev.weft.steps.YieldStep;
import java.util.List;

/**
 * Compiles an expression to a direct-style {@link Node}, first emitting steps for any call or
 * suspension inside it (their results land in temporaries the node then reads). Operands
 * evaluated before such a step are spilled to temporaries, keeping Python's left-to-right order.
 */
final class Expressions implements Expr.Visitor<Node> {
    private final CodeGen g;
    private final CallCompiler calls;

    Expressions(CodeGen g) {
        this.g = g;
        this.calls = new CallCompiler(g);
    }

    Node compile(Expr e) {
        return e.accept(this);
    }

    /** Compiles {@code es} in order, spilling each result that a later one could disturb. */
    Node[] all(List<Expr> es) {
        Node[] out = new Node[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(es.get(i));
            if (g.unit.suspends.any(es.subList(i + 1, es.size()))) {
                out[i] = g.spill(out[i]);
            }
        }
        return out;
    }

    CallCompiler calls() {
        return calls;
    }

    // ---- names and constants ----------------------------------------------------------------

    @Override
    public Node visitName(Expr.Name e) {
        return g.at(load(e.id()), e);
    }

    Node load(String written) {
        String name = g.scope.mangle(written);
        Symbol s = g.scope.lookup(name);
        switch (s.kind()) {
            case LOCAL: return new Variables.LocalLoad(s.slot(), name);
            case CELL: return new Variables.CellLoad(s.slot(), name, false);
            case FREE: return new Variables.CellLoad(s.slot(), name, true);
            case CLASS_FREE: return new Variables.ClassFreeLoad(s.slot(), name);
            case NAME: return new Variables.NameLoad(name);
            default: return new Variables.GlobalLoad(name);
        }
    }

    @Override
    public Node visitConstant(Expr.Constant e) {
        return new Const(constant(e));
    }

    static Object constant(Expr.Constant e) {
        switch (e.kind()) {
            case INT:
            case FLOAT:
            case STR:
                return e.value();
            case IMAG: return new WeftComplex(0.0, (Double) e.value());
            case BYTES: return new WeftBytes((byte[]) e.value());
            case TRUE: return Boolean.TRUE;
            case FALSE: return Boolean.FALSE;
            case NONE: return WeftNone.NONE;
            default: return Singleton.ELLIPSIS;
        }
    }

    // ---- f-strings ----------------------------------------------------------------------------

    @Override
    public Node visitJoinedStr(Expr.JoinedStr e) {
        Node[] parts = all(e.values());
        if (parts.length == 1 && parts[0] instanceof Const) {
            return parts[0];
        }
        return new FStrings.Join(parts);
    }

    @Override
    public Node visitFormattedValue(Expr.FormattedValue e) {
        Node value = compile(e.value());
        if (g.suspends(e.formatSpec())) {
            value = g.spill(value);
        }
        Node spec = e.formatSpec() == null ? null : compile(e.formatSpec());
        return new FStrings.Field(value, e.conversion(), spec);
    }

    // ---- operators ------------------------------------------------------------------------------

    @Override
    public Node visitBinOp(Expr.BinOp e) {
        Node l = compile(e.left());
        if (g.suspends(e.right())) {
            l = g.spill(l);
        }
        return g.at(Arithmetic.binary(e.op().ordinal(), l, compile(e.right())), e);
    }

    @Override
    public Node visitUnaryOp(Expr.UnaryOp e) {
        Node operand = compile(e.operand());
        switch (e.op()) {
            case NOT: return new Comparisons.Not(operand);
            case NEG:
                if (operand instanceof Const c && c.value() instanceof Long l
                        && l != Long.MIN_VALUE) {
                    return new Const(-l);
                }
                return g.at(new Arithmetic.Neg(operand), e);
            case POS: return g.at(new Arithmetic.Pos(operand), e);
            default: return g.at(new Arithmetic.Invert(operand), e);
        }
    }

    @Override
    public Node visitBoolOp(Expr.BoolOp e) {
        List<Expr> values = e.values();
        boolean and = e.op() == dev.weft.ast.Operators.BoolOperator.AND;
        if (!g.unit.suspends.any(values.subList(1, values.size()))) {
            Node[] ops = new Node[values.size()];
            ops[0] = compile(values.get(0));
            for (int i = 1; i < ops.length; i++) {
                ops[i] = compile(values.get(i));
            }
            return and ? new Comparisons.And(ops) : new Comparisons.Or(ops);
        }
        int result = g.temp();
        Label end = new Label();
        for (int i = 0; i < values.size(); i++) {
            g.emit(new Variables.SlotStore(result, compile(values.get(i))));
            if (i == values.size() - 1) {
                break;
            }
            Node test = new TempLoad(result);
            Branch br = g.add(new Branch(and ? test : new Comparisons.Not(test)));
            end.whenBound(s -> br.no = s);
            g.asm.fallInto(s -> br.yes = s);
        }
        g.asm.bind(end);
        return new TempLoad(result);
    }

    @Override
    public Node visitCompare(Expr.Compare e) {
        int n = e.ops().size();
        if (n == 1) {
            Node l = compile(e.left());
            if (g.suspends(e.comparators().get(0))) {
                l = g.spill(l);
            }
            return g.at(Comparisons.of(op(e.ops().get(0)), l, compile(e.comparators().get(0))),
                    e);
        }
        if (!g.unit.suspends.any(e.comparators())) {
            Node[] operands = new Node[n + 1];
            operands[0] = compile(e.left());
            int[] ops = new int[n];
            for (int i = 0; i < n; i++) {
                operands[i + 1] = compile(e.comparators().get(i));
                ops[i] = op(e.ops().get(i));
            }
            return g.at(new Comparisons.Chain(operands, ops), e);
        }
        return chainWithCalls(e);
    }

    /** {@code a < f() < b}: later operands are evaluated only while the chain holds. */
    private Node chainWithCalls(Expr.Compare e) {
        int result = g.temp();
        Label end = new Label();
        Node left = g.spill(compile(e.left()));
        for (int i = 0; i < e.ops().size(); i++) {
            Node right = g.spill(compile(e.comparators().get(i)));
            g.emit(new Variables.SlotStore(result,
                    g.at(Comparisons.of(op(e.ops().get(i)), left, right), e)));
            if (i == e.ops().size() - 1) {
                break;
            }
            Branch br = g.add(new Branch(new TempLoad(result)));
            end.whenBound(s -> br.no = s);
            g.asm.fallInto(s -> br.yes = s);
            left = right;
        }
        g.asm.bind(end);
        return new TempLoad(result);
    }

    static int op(CompareOperator o) {
        switch (o) {
            case LT: return dev.weft.runtime.Compare.LT;
            case LE: return dev.weft.runtime.Compare.LE;
            case EQ: return dev.weft.runtime.Compare.EQ;
            case NE: return dev.weft.runtime.Compare.NE;
            case GT: return dev.weft.runtime.Compare.GT;
            case GE: return dev.weft.runtime.Compare.GE;
            case IS: return Comparisons.IS;
            case IS_NOT: return Comparisons.IS_NOT;
            case IN: return Comparisons.IN;
            default: return Comparisons.NOT_IN;
        }
    }

    @Override
    public Node visitIfExp(Expr.IfExp e) {
        Node test = compile(e.test());
        if (!g.suspends(e.body()) && !g.suspends(e.orelse())) {
            return new Comparisons.IfExp(test, compile(e.body()), compile(e.orelse()));
        }
        int result = g.temp();
        Label otherwise = new Label();
        Label end = new Label();
        Branch br = g.add(new Branch(test));
        g.asm.fallInto(s -> br.yes = s);
        otherwise.whenBound(s -> br.no = s);
        g.emit(new Variables.SlotStore(result, compile(e.body())));
        g.asm.jump(end);
        g.asm.bind(otherwise);
        g.emit(new Variables.SlotStore(result, compile(e.orelse())));
        g.asm.bind(end);
        return new TempLoad(result);
    }

    // ---- access and calls -------------------------------------------------------------------

    @Override
    public Node visitCall(Expr.Call e) {
        return calls.call(e, false);
    }

    @Override
    public Node visitAttribute(Expr.Attribute e) {
        return g.at(new Access.AttrLoad(compile(e.value()), g.scope.mangle(e.attr())), e);
    }

    @Override
    public Node visitSubscript(Expr.Subscript e) {
        Node obj = compile(e.value());
        if (g.suspends(e.index())) {
            obj = g.spill(obj);
        }
        return g.at(new Access.SubscrLoad(obj, compile(e.index())), e);
    }

    @Override
    public Node visitSlice(Expr.Slice e) {
        Node lo = e.lower() == null ? null : compile(e.lower());
        if (lo != null && (g.suspends(e.upper()) || g.suspends(e.step()))) {
            lo = g.spill(lo);
        }
        Node hi = e.upper() == null ? null : compile(e.upper());
        if (hi != null && g.suspends(e.step())) {
            hi = g.spill(hi);
        }
        Node st = e.step() == null ? null : compile(e.step());
        return new Literals.SliceNode(lo, hi, st);
    }

    @Override
    public Node visitStarred(Expr.Starred e) {
        throw g.error(e.span(), "can't use starred expression here");
    }

    // ---- displays -----------------------------------------------------------------------------

    /** Items of a display; {@code starred[i]} marks {@code *x} items (null when there are none). */
    private Node[] items(Expr display, List<Expr> elts, boolean[][] starredOut) {
        boolean any = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        boolean[] starred = any ? new boolean[elts.size()] : null;
        Node[] out = new Node[elts.size()];
        for (int i = 0; i < out.length; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                starred[i] = true;
                out[i] = unpacked(s, display.span());
            } else {
                out[i] = compile(x);
            }
            if (g.unit.suspends.any(elts.subList(i + 1, elts.size()))) {
                out[i] = g.spill(out[i]);
            }
        }
        starredOut[0] = starred;
        return out;
    }

    /**
     * The value of {@code *x} in a display or call, passed through a call step that collects a
     * generator on the trampoline, where it may wait; other iterables come back unchanged. An
     * error there is placed at {@code at}, the whole display or call, as CPython places it.
     */
    Node unpacked(Expr.Starred s, Span at) {
        Node value = compile(s.value());
        int saved = g.asm.line();
        int savedPosition = g.asm.position();
        int slot = g.temp();
        g.line(at);
        CallStep c = g.add(new CallStep(new Const(GeneratorDrain.UNPACK), new Node[] {value},
                null, slot));
        g.asm.fallInto(next -> c.next = next);
        g.asm.setLine(saved);
        g.asm.setPosition(savedPosition);
        return new TempLoad(slot);
    }

    @Override
    public Node visitList(Expr.ListDisplay e) {
        boolean[][] starred = new boolean[1][];
        Node[] items = items(e, e.elts(), starred);
        return new Literals.ListNode(items, starred[0]);
    }

    @Override
    public Node visitTuple(Expr.Tuple e) {
        boolean[][] starred = new boolean[1][];
        Node[] items = items(e, e.elts(), starred);
        if (starred[0] == null && items.length > 0
                && java.util.Arrays.stream(items).allMatch(n -> n instanceof Const)) {
            Object[] vs = new Object[items.length];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = ((Const) items[i]).value();
            }
            return new Const(dev.weft.runtime.WeftTuple.of(vs));
        }
        return new Literals.TupleNode(items, starred[0]);
    }

    @Override
    public Node visitSet(Expr.SetDisplay e) {
        boolean[][] starred = new boolean[1][];
        Node[] items = items(e, e.elts(), starred);
        if (starred[0] == null && items.length > 2
                && java.util.Arrays.stream(items).allMatch(n -> n instanceof Const)) {
            Object[] vs = new Object[items.length];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = ((Const) items[i]).value();
            }
            return new Literals.ConstantSetNode(vs);
        }
        return new Literals.SetNode(items, starred[0]);
    }

    @Override
    public Node visitDict(Expr.DictDisplay e) {
        int n = e.keys().size();
        Node[] keys = new Node[n];
        Node[] values = new Node[n];
        for (int i = 0; i < n; i++) {
            Expr k = e.keys().get(i);
            boolean later = g.suspends(e.values().get(i));
            keys[i] = k == null ? null : compile(k);
            if (keys[i] != null && later) {
                keys[i] = g.spill(keys[i]);
            }
            values[i] = compile(e.values().get(i));
            boolean rest = false;
            for (int j = i + 1; j < n && !rest; j++) {
                rest = g.suspends(e.keys().get(j)) || g.suspends(e.values().get(j));
            }
            if (rest) {
                if (keys[i] != null) {
                    keys[i] = g.spill(keys[i]);
                }
                values[i] = g.spill(values[i]);
            }
        }
        return new Literals.DictNode(keys, values);
    }

    // ---- functions and comprehensions ---------------------------------------------------------

    @Override
    public Node visitLambda(Expr.Lambda e) {
        return g.stmts.makeFunction(e, "<lambda>", e.args(), null, e.body(), e.span().line());
    }

    @Override
    public Node visitListComp(Expr.ListComp e) {
        return new Comprehensions(g).compile(e, e.generators());
    }

    @Override
    public Node visitSetComp(Expr.SetComp e) {
        return new Comprehensions(g).compile(e, e.generators());
    }

    @Override
    public Node visitDictComp(Expr.DictComp e) {
        return new Comprehensions(g).compile(e, e.generators());
    }

    @Override
    public Node visitGeneratorExp(Expr.GeneratorExp e) {
        return new Comprehensions(g).compile(e, e.generators());
    }

    // ---- suspension points ----------------------------------------------------------------------

    @Override
    public Node visitYield(Expr.Yield e) {
        Node value = e.value() == null ? new Const(WeftNone.NONE) : compile(e.value());
        int sent = g.temp();
        YieldStep y = g.add(new YieldStep(value));
        y.guarded = g.asm.handler() != null;
        g.asm.fallInto(s -> y.next = s);
        g.emit(new Misc.ReceiveSent(sent));
        return new TempLoad(sent);
    }

    @Override
    public Node visitYieldFrom(Expr.YieldFrom e) {
        int it = g.store(new Misc.GetIter(compile(e.value())));
        int result = g.temp();
        g.asm.flush();   // the step is also its own resume point: no work may precede it
        dev.weft.steps.YieldFromStep y = g.add(new dev.weft.steps.YieldFromStep(it, result));
        y.guarded = g.asm.handler() != null;
        g.asm.fallInto(s -> y.next = s);
        g.emit(new Misc.Clear(it));
        return new TempLoad(result);
    }

    @Override
    public Node visitAwait(Expr.Await e) {
        Node value = e.value() instanceof Expr.Call c ? calls.awaitedCall(c) : compile(e.value());
        int slot = g.temp();
        g.line(e.span());
        dev.weft.steps.AwaitStep a = g.add(new dev.weft.steps.AwaitStep(value, slot));
        g.asm.fallInto(s -> a.next = s);
        return new TempLoad(slot);
    }

    @Override
    public Node visitSpawn(Expr.Spawn e) {
        if (e.value() instanceof Expr.Call c && c.args().stream()
                .noneMatch(x -> x instanceof Expr.Starred)
                && c.keywords().stream().allMatch(k -> k.name() != null)) {
            Node fn = compile(c.func());
            List<Expr> args = new java.util.ArrayList<>(c.args());
            c.keywords().forEach(k -> args.add(k.value()));
            if (g.unit.suspends.any(args)) {
                fn = g.spill(fn);
            }
            Node[] argv = all(args);
            String[] kw = c.keywords().isEmpty() ? null
                    : c.keywords().stream().map(dev.weft.ast.Keyword::name).toArray(String[]::new);
            return new Misc.SpawnCall(fn, argv, kw, e.span().line());
        }
        return new Misc.SpawnValue(compile(e.value()), e.span().line());
    }

    /** A parsed construct whose meaning arrives later: raises NotImplementedError when reached. */
    Node notYet(Expr e, String what) {
        g.emit(new Misc.NotYet(what));
        return new Const(WeftNone.NONE);
    }

    @Override
    public Node visitNamedExpr(Expr.NamedExpr e) {
        Node value = compile(e.value());
        int slot = g.store(value);
        g.emit(g.targets.storeName(e.target().id(), new TempLoad(slot)));
        return new TempLoad(slot);
    }

    static Keyword[] keywords(List<Keyword> ks) {
        return ks.toArray(new Keyword[0]);
    }
}
