// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.grammar.WeftParser;
import org.antlr.v4.runtime.Token;

/** Questions about token types that the error messages need. */
final class Tokens {
    private Tokens() {}

    /** Whether a token of this type can begin an expression (CPython's "b" of a missing comma). */
    static boolean startsExpression(int type) {
        switch (type) {
            case WeftParser.NAME:
            case WeftParser.NUMBER:
            case WeftParser.STRING:
            case WeftParser.LPAR:
            case WeftParser.LSQB:
            case WeftParser.LBRACE:
            case WeftParser.MINUS:
            case WeftParser.PLUS:
            case WeftParser.TILDE:
            case WeftParser.NOT:
            case WeftParser.LAMBDA:
            case WeftParser.AWAIT:
            case WeftParser.SPAWN:
            case WeftParser.NONE:
            case WeftParser.TRUE:
            case WeftParser.FALSE:
            case WeftParser.ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    /** Whether a token of this type can end an operand (a name, literal or closing bracket). */
    static boolean endsOperand(int type) {
        switch (type) {
            case WeftParser.NAME:
            case WeftParser.NUMBER:
            case WeftParser.STRING:
            case WeftParser.RPAR:
            case WeftParser.RSQB:
            case WeftParser.RBRACE:
            case WeftParser.NONE:
            case WeftParser.TRUE:
            case WeftParser.FALSE:
            case WeftParser.ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    /** How many brackets are open just before token {@code index} (a field is in parentheses). */
    static int bracketDepth(Frontend front, int index) {
        int depth = front.messagePrefix.isEmpty() ? 0 : 1;
        for (int i = 0; i < index; i++) {
            Token t = front.token(i);
            switch (t.getType()) {
                case WeftParser.LPAR:
                case WeftParser.LSQB:
                case WeftParser.LBRACE:
                    depth++;
                    break;
                case WeftParser.RPAR:
                case WeftParser.RSQB:
                case WeftParser.RBRACE:
                    depth--;
                    break;
                default:
                    break;
            }
        }
        return depth;
    }
}
