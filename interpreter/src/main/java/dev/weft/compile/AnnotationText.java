// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.ast.Keyword;
import dev.weft.ast.ModuleAst;
import dev.weft.ast.Operators.BinaryOperator;
import dev.weft.ast.Span;
import dev.weft.runtime.text.FloatRepr;
import dev.weft.runtime.text.StrRepr;
import java.util.List;

/**
 * The string an annotation becomes under {@code from __future__ import annotations}: the
 * expression written back as CPython's unparser writes it ({@code dict[str,int]} becomes
 * {@code 'dict[str, int]'}, a string literal gets its repr quotes). The forms annotations
 * use (names, attributes, subscripts, literals, {@code |}, lists, calls) are rebuilt; any other
 * expression keeps its source text.
 */
final class AnnotationText {
    private final ModuleAst module;

    AnnotationText(ModuleAst module) {
        this.module = module;
    }

    String of(Expr e) {
        return text(e, 0);
    }

    /** {@code e} in a context binding at {@code outer} (higher binds tighter). */
    private String text(Expr e, int outer) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            return text(a.value(), ATOM) + "." + a.attr();
        }
        if (e instanceof Expr.Subscript s) {
            return text(s.value(), ATOM) + "[" + index(s.index()) + "]";
        }
        if (e instanceof Expr.Constant c) {
            return constant(c);
        }
        if (e instanceof Expr.BinOp b) {
            int p = precedence(b.op());
            // Operands of the same level nest to the left (a | b | c is (a | b) | c).
            String s = text(b.left(), p) + " " + b.op().symbol + " " + text(b.right(), p + 1);
            return p < outer ? "(" + s + ")" : s;
        }
        if (e instanceof Expr.ListDisplay l) {
            return "[" + joined(l.elts()) + "]";
        }
        if (e instanceof Expr.Tuple t) {
            return "(" + tupleItems(t.elts()) + ")";
        }
        if (e instanceof Expr.Call c && c.keywords().stream().allMatch(k -> k.name() != null)) {
            return call(c);
        }
        return source(e.span());
    }

    private static final int ATOM = 100;

    private static int precedence(BinaryOperator op) {
        switch (op) {
            case BITOR: return 1;
            case BITXOR: return 2;
            case BITAND: return 3;
            case LSHIFT: case RSHIFT: return 4;
            case ADD: case SUB: return 5;
            case POW: return 7;
            default: return 6;
        }
    }

    /** A subscript's index: a tuple goes bare ({@code dict[str, int]}), but () stays. */
    private String index(Expr e) {
        if (e instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            return joined(t.elts());
        }
        return text(e, 0);
    }

    private String tupleItems(List<Expr> elts) {
        return elts.size() == 1 ? text(elts.get(0), 0) + "," : joined(elts);
    }

    private String joined(List<Expr> items) {
        StringBuilder sb = new StringBuilder();
        for (Expr x : items) {
            sb.append(sb.length() == 0 ? "" : ", ").append(text(x, 0));
        }
        return sb.toString();
    }

    private String call(Expr.Call c) {
        StringBuilder sb = new StringBuilder(text(c.func(), ATOM)).append('(');
        String sep = "";
        for (Expr a : c.args()) {
            sb.append(sep).append(text(a, 0));
            sep = ", ";
        }
        for (Keyword k : c.keywords()) {
            sb.append(sep).append(k.name()).append('=').append(text(k.value(), 0));
            sep = ", ";
        }
        return sb.append(')').toString();
    }

    private String constant(Expr.Constant c) {
        switch (c.kind()) {
            case STR: return StrRepr.repr((String) c.value());
            case INT: return c.value().toString();
            case FLOAT: return FloatRepr.repr((Double) c.value());
            case TRUE: return "True";
            case FALSE: return "False";
            case NONE: return "None";
            case ELLIPSIS: return "...";
            default: return source(c.span());
        }
    }

    /** The expression's own text, for forms not rebuilt above. */
    private String source(Span s) {
        if (s.line() == s.endLine()) {
            return module.line(s.line()).substring(s.col(), s.endCol());
        }
        StringBuilder sb = new StringBuilder(module.line(s.line()).substring(s.col()));
        for (int n = s.line() + 1; n < s.endLine(); n++) {
            sb.append(' ').append(module.line(n).strip());
        }
        return sb.append(' ').append(module.line(s.endLine()).substring(0, s.endCol()).strip())
                .toString();
    }
}
