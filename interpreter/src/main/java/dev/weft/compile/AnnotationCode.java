// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Arg;
import dev.weft.ast.Arguments;
import dev.weft.ast.ExceptHandler;
import dev.weft.ast.Expr;
import dev.weft.ast.Stmt;
import dev.weft.cps.Node;
import dev.weft.nodes.Annotations;
import dev.weft.nodes.Literals.Const;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotations as CPython 3.11 evaluates them: those of a def at definition time (into the
 * function's {@code __annotations__}), those of annotated names in module and class bodies
 * into the body's {@code __annotations__}, and none inside functions. Under {@code from
 * __future__ import annotations} they are strings instead.
 */
final class AnnotationCode {
    private AnnotationCode() {}

    /** True when {@code from __future__ import annotations} opens the module. */
    static boolean futureAnnotations(List<Stmt> body) {
        int i = Definitions.docText(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f) || f.level() != 0
                    || !"__future__".equals(f.module())) {
                return false;
            }
            if (f.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
                return true;
            }
        }
        return false;
    }

    /** Starts a module or class body that annotates names with an empty __annotations__. */
    static void setUp(CodeGen g, List<Stmt> body) {
        if (anyAnnotated(body)) {
            g.emit(new Annotations.Setup());
        }
    }

    /** Any annotated assignment in these statements, blocks included, defs and classes not. */
    private static boolean anyAnnotated(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign
                    || s instanceof Stmt.If i && (anyAnnotated(i.body()) || anyAnnotated(i.orelse()))
                    || s instanceof Stmt.For f && (anyAnnotated(f.body()) || anyAnnotated(f.orelse()))
                    || s instanceof Stmt.While w
                            && (anyAnnotated(w.body()) || anyAnnotated(w.orelse()))
                    || s instanceof Stmt.With w && anyAnnotated(w.body())
                    || s instanceof Stmt.Try t && anyAnnotatedTry(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyAnnotatedTry(Stmt.Try t) {
        if (anyAnnotated(t.body()) || anyAnnotated(t.orelse()) || anyAnnotated(t.finalbody())) {
            return true;
        }
        for (ExceptHandler h : t.handlers()) {
            if (anyAnnotated(h.body())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The annotation part of {@code target: annotation [= value]} (the value is assigned
     * already). In a module or class body a plain name is recorded; another target's
     * annotation is only evaluated. A function body ignores annotations.
     */
    static void annotated(CodeGen g, Stmt.AnnAssign s) {
        Scope.Kind kind = g.scope.kind;
        if (kind != Scope.Kind.MODULE && kind != Scope.Kind.CLASS) {
            return;
        }
        if (s.simple() && s.target() instanceof Expr.Name n) {
            g.emit(new Annotations.Store(n.id(), value(g, s.annotation())));
        } else if (!g.unit.futureAnnotations) {
            g.emit(new dev.weft.nodes.Misc.Discard(g.expr(s.annotation())));
        }
    }

    private static Node value(CodeGen g, Expr annotation) {
        return g.unit.futureAnnotations ? new Const(g.unit.annotationText.of(annotation))
                : g.expr(annotation);
    }

    /** A def's annotated parameters, in CPython's order, then {@code return}. */
    static List<String> names(Arguments a, Expr returns) {
        List<String> names = new ArrayList<>();
        for (Arg arg : params(a)) {
            names.add(arg.name());
        }
        if (returns != null) {
            names.add("return");
        }
        return names;
    }

    /** The annotation expressions matching {@link #names}. */
    static List<Expr> exprs(Arguments a, Expr returns) {
        List<Expr> exprs = new ArrayList<>();
        for (Arg arg : params(a)) {
            exprs.add(arg.annotation());
        }
        if (returns != null) {
            exprs.add(returns);
        }
        return exprs;
    }

    /**
     * Annotated parameters in the order CPython 3.11 records them: the ordinary ones before
     * the positional-only ones, then *args, keyword-only ones and **kwargs.
     */
    private static List<Arg> params(Arguments a) {
        List<Arg> all = new ArrayList<>();
        all.addAll(a.args());
        all.addAll(a.posonly());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonly());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        all.removeIf(arg -> arg.annotation() == null);
        return all;
    }
}
