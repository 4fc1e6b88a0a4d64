// SPDX-License-Identifier: Apache-2.0
package dev.weft.grammar;

/**
 * The rule that makes {@code spawn} a soft keyword. In Python a name can be followed by an
 * operator, a keyword, a bracket that opens a call or subscript, a separator or a closer, but
 * never by a token that begins an operand of its own: {@code spawn f()}, {@code spawn "x"} or
 * {@code spawn {...}} have no Python reading, so there {@code spawn} is Weft's keyword.
 * Everywhere else (before {@code (}, {@code [}, {@code .}, an operator, {@code =}, {@code ,},
 * a line end, and after {@code .}) it is an ordinary name, so every Python program reads as in
 * Python: {@code spawn(f)} calls whatever the name {@code spawn} is bound to.
 */
final class SoftSpawn {
    static final String WORD = "spawn";

    private SoftSpawn() {}

    /** Whether a token of this type, right after {@code spawn}, makes it the keyword. */
    static boolean startsOperand(int type) {
        switch (type) {
            case WeftLexer.NAME:
            case WeftLexer.NUMBER:
            case WeftLexer.STRING:
            case WeftLexer.LBRACE:
            case WeftLexer.ELLIPSIS:
            case WeftLexer.NONE:
            case WeftLexer.TRUE:
            case WeftLexer.FALSE:
                return true;
            default:
                return false;
        }
    }
}
