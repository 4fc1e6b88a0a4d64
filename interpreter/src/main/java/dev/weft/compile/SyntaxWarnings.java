// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.ast.ModuleAst;
import dev.weft.ast.Operators.CompareOperator;
import dev.weft.ast.Operators.UnaryOperator;
import dev.weft.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The compile-time SyntaxWarnings of CPython 3.11: {@code is} with a literal, calling or
 * subscripting a literal that cannot support it ("perhaps you missed a comma?"), and an
 * assert on a tuple. Literal means what CPython's AST optimiser leaves as a constant: a
 * literal, a signed number, or a tuple of constants.
 */
public final class SyntaxWarnings extends AstWalker {

    /** One warning: the line it is reported at and its message. */
    public record Warning(int line, String message) {}

    private final List<Warning> found = new ArrayList<>();

    private SyntaxWarnings() {}

    /** Every warning in {@code module}, in source order. */
    public static List<Warning> find(ModuleAst module) {
        SyntaxWarnings w = new SyntaxWarnings();
        w.walkBody(module.body());
        return w.found;
    }

    /** As {@link #find(ModuleAst)} for a lone expression (eval). */
    public static List<Warning> find(Expr expression) {
        SyntaxWarnings w = new SyntaxWarnings();
        w.walk(expression);
        return w.found;
    }

    private void warn(Expr at, String message) {
        found.add(new Warning(at.span().line(), message));
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        boolean leftLiteral = isLiteral(e.left());
        for (int i = 0; i < e.ops().size(); i++) {
            boolean rightLiteral = isLiteral(e.comparators().get(i));
            CompareOperator op = e.ops().get(i);
            if ((op == CompareOperator.IS || op == CompareOperator.IS_NOT)
                    && (leftLiteral || rightLiteral)) {
                warn(e, op == CompareOperator.IS
                        ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
                break;
            }
            leftLiteral = rightLiteral;
        }
        return super.visitCompare(e);
    }

    @Override
    public Void visitCall(Expr.Call e) {
        Expr f = e.func();
        if (constant(f) != null || f instanceof Expr.Tuple || f instanceof Expr.ListDisplay
                || f instanceof Expr.ListComp || f instanceof Expr.DictDisplay
                || f instanceof Expr.DictComp || f instanceof Expr.SetDisplay
                || f instanceof Expr.SetComp || f instanceof Expr.GeneratorExp
                || f instanceof Expr.JoinedStr) {
            warn(e, "'" + typeName(f) + "' object is not callable; perhaps you missed a comma?");
        }
        return super.visitCall(e);
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        if (!checkSubscripter(e)) {
            checkIndex(e);
        }
        return super.visitSubscript(e);
    }

    /** A value that can never be subscripted; true when it warned. */
    private boolean checkSubscripter(Expr.Subscript e) {
        Expr v = e.value();
        String c = constant(v);
        boolean unsubscriptable = c != null
                ? !(c.equals("str") || c.equals("bytes") || c.equals("tuple"))
                : v instanceof Expr.SetDisplay || v instanceof Expr.SetComp
                        || v instanceof Expr.GeneratorExp || v instanceof Expr.Lambda;
        if (unsubscriptable) {
            warn(e, "'" + typeName(v) + "' object is not subscriptable; perhaps you missed a"
                    + " comma?");
        }
        return unsubscriptable;
    }

    /** A sequence literal indexed by a literal that is not an int or slice. */
    private void checkIndex(Expr.Subscript e) {
        Expr index = e.index();
        String indexType = typeName(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")
                || index instanceof Expr.Slice) {
            return;
        }
        Expr v = e.value();
        String c = constant(v);
        boolean sequence = c != null
                ? c.equals("str") || c.equals("bytes") || c.equals("tuple")
                : v instanceof Expr.Tuple || v instanceof Expr.ListDisplay
                        || v instanceof Expr.ListComp || v instanceof Expr.JoinedStr;
        if (sequence) {
            warn(e, typeName(v) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        if (s.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            found.add(new Warning(s.span().line(),
                    "assertion is always true, perhaps remove parentheses?"));
        }
        return super.visitAssert(s);
    }

    /** CPython's check_is_arg: a constant other than None, True, False and Ellipsis. */
    private static boolean isLiteral(Expr e) {
        String c = constant(e);
        return c != null && !(c.equals("NoneType") || c.equals("bool")
                || c.equals("ellipsis"));
    }

    /** The type name of what the optimiser folds {@code e} to, or null when not a constant. */
    private static String constant(Expr e) {
        if (e instanceof Expr.Constant k) {
            return switch (k.kind()) {
                case INT -> "int";
                case FLOAT -> "float";
                case IMAG -> "complex";
                case STR -> "str";
                case BYTES -> "bytes";
                case TRUE, FALSE -> "bool";
                case NONE -> "NoneType";
                case ELLIPSIS -> "ellipsis";
            };
        }
        if (e instanceof Expr.UnaryOp u && u.op() != UnaryOperator.NOT) {
            String inner = constant(u.operand());
            if (inner != null && (inner.equals("int") || inner.equals("float")
                    || inner.equals("complex") || inner.equals("bool"))) {
                return inner.equals("bool") ? "int" : inner;
            }
            return null;
        }
        if (e instanceof Expr.Tuple t
                && t.elts().stream().allMatch(x -> constant(x) != null)) {
            return "tuple";
        }
        return null;
    }

    /** CPython's infer_type: the type of a literal or display, or null. */
    private static String typeName(Expr e) {
        String c = constant(e);
        if (c != null) {
            return c;
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListDisplay || e instanceof Expr.ListComp) {
            return "list";
        }
        if (e instanceof Expr.DictDisplay || e instanceof Expr.DictComp) {
            return "dict";
        }
        if (e instanceof Expr.SetDisplay || e instanceof Expr.SetComp) {
            return "set";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator";
        }
        if (e instanceof Expr.Lambda) {
            return "function";
        }
        if (e instanceof Expr.JoinedStr) {
            return "str";
        }
        return null;
    }
}
