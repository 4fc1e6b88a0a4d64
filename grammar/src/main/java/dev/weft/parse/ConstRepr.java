// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.Constant;

/** repr() of a literal pattern's value (a constant, negated, or a complex sum), for messages. */
final class ConstRepr {
    private ConstRepr() {}

    static String of(Expr e) {
        if (e instanceof Constant c) {
            switch (c.kind()) {
                case TRUE: return "True";
                case FALSE: return "False";
                case NONE: return "None";
                case STR: return AstPrinter.strRepr((String) c.value());
                case BYTES: return "b" + AstPrinter.bytesRepr((byte[]) c.value());
                case FLOAT: return AstPrinter.floatRepr((Double) c.value());
                case IMAG: return component((Double) c.value()) + "j";
                default: return String.valueOf(c.value());
            }
        }
        if (e instanceof Expr.UnaryOp u && u.operand() instanceof Constant c) {
            if (c.kind() == Expr.ConstKind.INT) {
                String digits = String.valueOf(c.value());
                return digits.equals("0") ? "0" : "-" + digits;
            }
            if (c.kind() == Expr.ConstKind.IMAG) {
                return component(-(Double) c.value()) + "j";
            }
            return AstPrinter.floatRepr(-(Double) c.value());
        }
        if (e instanceof Expr.BinOp op && op.right() instanceof Constant im) {
            double real = real(op.left());
            double imag = (Double) im.value();
            if (op.op() == dev.weft.ast.Operators.BinaryOperator.SUB) {
                imag = -imag;
            }
            String i = component(imag);
            return "(" + component(real) + (i.startsWith("-") ? "" : "+") + i + "j)";
        }
        return "?";
    }

    private static double real(Expr e) {
        boolean neg = e instanceof Expr.UnaryOp;
        Constant c = (Constant) (neg ? ((Expr.UnaryOp) e).operand() : e);
        double v = c.value() instanceof Double d ? d : ((Number) c.value()).doubleValue();
        return neg ? -v : v;
    }

    /** A complex number's part as repr() shows it: no ".0" on integral values. */
    private static String component(double d) {
        String r = AstPrinter.floatRepr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }
}
