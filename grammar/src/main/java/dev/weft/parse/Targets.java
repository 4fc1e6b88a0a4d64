// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.Attribute;
import dev.weft.ast.Expr.BoolOp;
import dev.weft.ast.Expr.Compare;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.Expr.GeneratorExp;
import dev.weft.ast.Expr.IfExp;
import dev.weft.ast.Expr.Lambda;
import dev.weft.ast.Expr.ListDisplay;
import dev.weft.ast.Expr.Name;
import dev.weft.ast.Expr.NamedExpr;
import dev.weft.ast.Expr.Starred;
import dev.weft.ast.Expr.Subscript;
import dev.weft.ast.Expr.Tuple;
import dev.weft.ast.Expr.UnaryOp;
import dev.weft.ast.Expr.Yield;
import dev.weft.ast.Expr.YieldFrom;
import dev.weft.ast.Operators.CompareOperator;
import dev.weft.ast.Operators.UnaryOperator;
import java.util.List;

/**
 * What may be assigned to or deleted, with CPython 3.11's messages: the parser's
 * "cannot assign to literal" family and the compiler's starred-target rules. Targets arrive as
 * ordinary expressions because the grammar parses them so.
 */
final class Targets {
    private Targets() {}

    /** CPython's _PyPegen_get_expr_name: how messages call a kind of expression. */
    static String exprName(Expr e) {
        if (e instanceof Constant) {
            switch (((Constant) e).kind()) {
                case NONE: return "None";
                case TRUE: return "True";
                case FALSE: return "False";
                case ELLIPSIS: return "ellipsis";
                default: return "literal";
            }
        }
        return e.accept(ExprNames.INSTANCE);
    }

    /** Which statement the target belongs to: CPython searches them slightly differently. */
    enum Kind { STAR, DEL, FOR }

    /** The first part of {@code e} that cannot be a target of {@code kind}, or null. */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof Tuple || e instanceof ListDisplay) {
            for (Expr elt : elements(e)) {
                Expr bad = invalidTarget(elt, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Starred) {
            return kind == Kind.DEL ? e : invalidTarget(((Starred) e).value(), kind);
        }
        if (e instanceof Compare && kind == Kind.FOR) {
            Compare c = (Compare) e;
            return c.ops().get(0) == CompareOperator.IN ? invalidTarget(c.left(), kind) : null;
        }
        if (e instanceof Name || e instanceof Subscript || e instanceof Attribute) {
            return null;
        }
        return e;
    }

    static List<Expr> elements(Expr e) {
        return e instanceof Tuple ? ((Tuple) e).elts() : ((ListDisplay) e).elts();
    }

    /** A for/comprehension target. */
    static void checkFor(ExprBuilder b, Expr target) {
        check(b, target, Kind.FOR);
        checkStars(b, target);
    }

    /** A with-item target. */
    static void checkWith(ExprBuilder b, Expr target) {
        check(b, target, Kind.STAR);
        checkStars(b, target);
    }

    static void checkDel(ExprBuilder b, Expr target) {
        Expr bad = invalidTarget(target, Kind.DEL);
        if (bad != null) {
            throw b.error("cannot delete " + exprName(bad), bad.span());
        }
    }

    private static void check(ExprBuilder b, Expr target, Kind kind) {
        Expr bad = invalidTarget(target, kind);
        if (bad != null) {
            throw b.error("cannot assign to " + exprName(bad), bad.span());
        }
    }

    /**
     * {@code t1 = t2 = ... = value}. When a target is invalid, CPython's second pass first
     * tries the first target as a mistyped comparison ("... here. Maybe you meant '=='"), then
     * reports the first invalid target.
     */
    static void checkAssign(ExprBuilder b, List<Expr> targets, Expr value) {
        boolean invalid = false;
        for (Expr t : targets) {
            invalid |= t instanceof Yield || t instanceof YieldFrom
                    || invalidTarget(t, Kind.STAR) != null;
        }
        if (invalid) {
            mistypedComparison(b, targets, value);
            for (Expr t : targets) {
                if (t instanceof Yield || t instanceof YieldFrom) {
                    throw b.error("assignment to yield expression not possible", t.span());
                }
                check(b, t, Kind.STAR);
            }
        }
        for (Expr t : targets) {
            checkStars(b, t);
        }
    }

    /**
     * CPython's invalid_named_expression, as met on the first target of an assignment: the
     * first target, then '=', then an operand not itself followed by '=' or ':='.
     */
    private static void mistypedComparison(ExprBuilder b, List<Expr> targets, Expr value) {
        Expr next = targets.size() > 1 ? targets.get(1) : value;
        if (!operandFollows(b, next, targets.size() > 1)) {
            return;
        }
        Expr first = targets.get(0);
        Expr last = first;
        if (first instanceof Tuple && !b.isParenthesized(first)) {
            List<Expr> elts = ((Tuple) first).elts();
            last = elts.get(elts.size() - 1);
            if (last.span().endCol() != first.span().endCol()
                    || last.span().endLine() != first.span().endLine()) {
                return; // a trailing comma: the last element is not followed by '='
            }
        }
        if (last instanceof Name && !b.isParenthesized(last)) {
            throw b.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    last.span());
        }
        if (isBitwiseOr(b, last) && !startsWithDisplay(b, last) && !(last instanceof Name)) {
            throw b.error("cannot assign to " + exprName(last)
                    + " here. Maybe you meant '==' instead of '='?", last.span());
        }
    }

    /**
     * Whether {@code e} starts with a bitwise_or operand that is not followed by '=': true
     * when it is more than that operand (a comparison, a tuple), or is the final value.
     */
    private static boolean operandFollows(ExprBuilder b, Expr e, boolean isTarget) {
        if (b.isParenthesized(e)) {
            return !isTarget;
        }
        if (e instanceof Tuple) {
            Expr first = ((Tuple) e).elts().get(0);
            return isBitwiseOr(b, first) || operandFollows(b, first, false);
        }
        if (e instanceof Compare) {
            return true;
        }
        if (e instanceof BoolOp) {
            return operandFollows(b, ((BoolOp) e).values().get(0), false);
        }
        if (e instanceof IfExp) {
            return operandFollows(b, ((IfExp) e).body(), false);
        }
        return isBitwiseOr(b, e) && !isTarget;
    }

    /** Whether {@code e} was written at the bitwise_or level (or above, in parentheses). */
    static boolean isBitwiseOr(ExprBuilder b, Expr e) {
        if (b.isParenthesized(e)) {
            return true;
        }
        boolean not = e instanceof UnaryOp && ((UnaryOp) e).op() == UnaryOperator.NOT;
        return !(not || e instanceof Compare || e instanceof BoolOp || e instanceof IfExp
                || e instanceof Lambda || e instanceof NamedExpr || e instanceof Yield
                || e instanceof YieldFrom || e instanceof Starred
                || e instanceof Tuple);
    }

    /** A leading list display, parenthesised tuple or generator, or True/None/False. */
    private static boolean startsWithDisplay(ExprBuilder b, Expr e) {
        Expr c = e;
        while (!b.isParenthesized(c)) {
            Expr left = leftOperand(c);
            if (left == null) {
                break;
            }
            c = left;
        }
        if (c instanceof ListDisplay || c instanceof GeneratorExp
                || (c instanceof Tuple && b.isParenthesized(c))) {
            return true;
        }
        if (c instanceof Constant) {
            Expr.ConstKind k = ((Constant) c).kind();
            return k == Expr.ConstKind.TRUE || k == Expr.ConstKind.FALSE
                    || k == Expr.ConstKind.NONE;
        }
        return false;
    }

    /** The sub-expression written first in {@code e}, when {@code e} does not start itself. */
    private static Expr leftOperand(Expr e) {
        if (e instanceof Expr.BinOp) {
            return ((Expr.BinOp) e).left();
        }
        if (e instanceof Expr.Call) {
            return ((Expr.Call) e).func();
        }
        if (e instanceof Attribute) {
            return ((Attribute) e).value();
        }
        if (e instanceof Subscript) {
            return ((Subscript) e).value();
        }
        return null;
    }

    /** The compiler's rules for starred targets: inside a list or tuple, at most one. */
    static void checkStars(ExprBuilder b, Expr target) {
        if (target instanceof Starred) {
            b.compilerError("starred assignment target must be in a list or tuple",
                    target.span());
        }
        checkNestedStars(b, target);
    }

    private static void checkNestedStars(ExprBuilder b, Expr target) {
        if (!(target instanceof Tuple || target instanceof ListDisplay)) {
            return;
        }
        int stars = 0;
        for (Expr elt : elements(target)) {
            if (elt instanceof Starred) {
                stars++;
                checkNestedStars(b, ((Starred) elt).value());
            } else {
                checkNestedStars(b, elt);
            }
        }
        if (stars > 1) {
            b.compilerError("multiple starred expressions in assignment", target.span());
        }
    }

    /** An augmented assignment's target: a name, attribute or subscript only. */
    static void checkAugmented(ExprBuilder b, Expr target) {
        if (!(target instanceof Name || target instanceof Attribute
                || target instanceof Subscript)) {
            throw b.error("'" + exprName(target)
                    + "' is an illegal expression for augmented assignment", target.span());
        }
    }

    /** An annotated assignment's target: a single name, attribute or subscript. */
    static void checkAnnotated(ExprBuilder b, Expr target) {
        if (target instanceof Tuple || target instanceof ListDisplay) {
            String what = target instanceof Tuple ? "tuple" : "list";
            throw b.error("only single target (not " + what + ") can be annotated",
                    target.span());
        }
        if (!(target instanceof Name || target instanceof Attribute
                || target instanceof Subscript)) {
            throw b.error("illegal target for annotation", target.span());
        }
    }
}
