// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Arguments;
import dev.weft.ast.Expr;
import dev.weft.ast.Keyword;
import dev.weft.ast.Stmt;
import dev.weft.cps.Code;
import dev.weft.cps.Node;
import dev.weft.nodes.Functions;
import dev.weft.nodes.Literals;
import dev.weft.nodes.Literals.Const;
import dev.weft.nodes.Variables.TempLoad;
import dev.weft.runtime.WeftNone;
import dev.weft.steps.CallStep;
import dev.weft.steps.ClassBodyStep;
import java.util.ArrayList;
import java.util.List;

/** def, lambda and class: making function and class objects, and applying decorators. */
final class Definitions {
    private final CodeGen g;

    Definitions(CodeGen g) {
        this.g = g;
    }

    void functionDef(Stmt.FunctionDef s) {
        int[] decorators = decorators(s.decorators());
        Node fn = makeFunction(s, s.name(), s.args(), s.body(), null, s.span().line());
        g.line(s.span());
        g.emit(g.targets.storeName(s.name(), decorate(decorators, fn)));
    }

    /** Evaluates decorator expressions first, in order, as CPython does. */
    private int[] decorators(List<Expr> decorators) {
        int[] slots = new int[decorators.size()];
        for (int i = 0; i < slots.length; i++) {
            g.line(decorators.get(i).span());
            slots[i] = g.store(g.expr(decorators.get(i)));
        }
        return slots;
    }

    /** Applies decorators innermost (last) first; returns the final value. */
    private Node decorate(int[] decorators, Node value) {
        Node v = value;
        for (int i = decorators.length - 1; i >= 0; i--) {
            int result = g.temp();
            CallStep c = g.add(new CallStep(new TempLoad(decorators[i]), new Node[] {v}, null,
                    result));
            g.asm.fallInto(x -> c.next = x);
            v = new TempLoad(result);
        }
        return v;
    }

    Node makeFunction(Object node, String name, Arguments args, List<Stmt> body, Expr lambda,
            int line) {
        List<Expr> defaultExprs = new ArrayList<>(args.defaults());
        List<String> kwNames = new ArrayList<>();
        for (int i = 0; i < args.kwonly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                defaultExprs.add(d);
                kwNames.add(args.kwonly().get(i).name());
            }
        }
        int withKw = defaultExprs.size();
        // Annotations are evaluated after the defaults, at definition time (lambdas have none).
        Expr returns = node instanceof Stmt.FunctionDef fd ? fd.returns() : null;
        List<String> annNames = AnnotationCode.names(args, returns);
        List<Expr> annExprs = AnnotationCode.exprs(args, returns);
        if (!g.unit.futureAnnotations) {
            defaultExprs.addAll(annExprs);
        }
        Node[] all = g.exprs.all(defaultExprs);
        int n = args.defaults().size();
        Node[] defaults = java.util.Arrays.copyOfRange(all, 0, n);
        Node[] kwDefaults = java.util.Arrays.copyOfRange(all, n, withKw);
        Node[] annotations = g.unit.futureAnnotations ? annotationStrings(annExprs)
                : java.util.Arrays.copyOfRange(all, withKw, all.length);
        Code code = Compiler.compileFunction(g, node, name, args, body, lambda, line);
        Scope inner = g.unit.scopeOf(node);
        Functions.MakeFunction make = new Functions.MakeFunction(code, defaults,
                kwNames.toArray(new String[0]), kwDefaults, closure(inner), docstring(body));
        make.annotate(annNames.toArray(new String[0]), annotations);
        return make;
    }

    private Node[] annotationStrings(List<Expr> exprs) {
        Node[] out = new Node[exprs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Const(g.unit.annotationText.of(exprs.get(i)));
        }
        return out;
    }

    /** Slots of this frame holding the cells {@code inner} closes over, in its free order. */
    int[] closure(Scope inner) {
        return inner.frees.stream().mapToInt(g.scope::cellSlot).toArray();
    }

    private static Object docstring(List<Stmt> body) {
        String doc = docText(body);
        return doc == null ? WeftNone.NONE : doc;
    }

    /** The docstring of a body (a string literal as its first statement), or null. */
    static String docText(List<Stmt> body) {
        if (body != null && !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
                && e.value() instanceof Expr.Constant c
                && c.kind() == Expr.ConstKind.STR) {
            return (String) c.value();
        }
        return null;
    }

    /**
     * Module and class bodies start by binding {@code __doc__} to their docstring, as
     * CPython's compiled code does (a body without one gets None from elsewhere).
     */
    static void storeDocstring(CodeGen g, List<Stmt> body) {
        String doc = docText(body);
        if (doc != null) {
            g.emit(new dev.weft.nodes.Variables.NameStore("__doc__", new Const(doc)));
        }
    }

    void classDef(Stmt.ClassDef s) {
        int[] decorators = decorators(s.decorators());
        g.line(s.span());
        Node bases = g.spill(g.expr(new Expr.Tuple(s.span(), s.bases())));
        Node keywords = null;
        if (!s.keywords().isEmpty()) {
            keywords = g.spill(keywordDict(s.keywords()));
        }
        Code body = Compiler.compileClassBody(g, s);
        Scope inner = g.unit.scopeOf(s);
        int ns = g.temp();
        ClassBodyStep step = g.add(new ClassBodyStep(body, closure(inner), s.name(),
                inner.qualname, bases, keywords, ns));
        g.asm.fallInto(x -> step.next = x);
        g.emit(g.targets.storeName(s.name(), decorate(decorators, new TempLoad(ns))));
    }

    private Node keywordDict(List<Keyword> keywords) {
        List<Expr> values = new ArrayList<>();
        for (Keyword k : keywords) {
            values.add(k.value());
        }
        Node[] vs = g.exprs.all(values);
        Node[] ks = new Node[vs.length];
        for (int i = 0; i < ks.length; i++) {
            String name = keywords.get(i).name();
            ks[i] = name == null ? null : new Const(name);
        }
        return new Literals.DictNode(ks, vs);
    }
}
