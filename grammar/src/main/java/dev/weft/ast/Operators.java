// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

/** The operator enums the expression records use; {@link #symbol} is the source spelling. */
public final class Operators {
    private Operators() {}

    /** Binary arithmetic and bitwise operators, also used by augmented assignment. */
    public enum BinaryOperator {
        ADD("+"), SUB("-"), MUL("*"), MATMUL("@"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&");

        public final String symbol;

        BinaryOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Prefix operators. */
    public enum UnaryOperator {
        NOT("not"), NEG("-"), POS("+"), INVERT("~");

        public final String symbol;

        UnaryOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Short-circuit operators. */
    public enum BoolOperator {
        AND("and"), OR("or");

        public final String symbol;

        BoolOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Comparison operators; a chain {@code a < b < c} holds several. */
    public enum CompareOperator {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"),
        IN("in"), NOT_IN("not in");

        public final String symbol;

        CompareOperator(String symbol) {
            this.symbol = symbol;
        }
    }
}
