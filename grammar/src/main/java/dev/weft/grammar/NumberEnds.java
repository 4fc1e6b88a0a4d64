// SPDX-License-Identifier: Apache-2.0
package dev.weft.grammar;

import java.util.Locale;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/** What may directly follow a number literal; a helper of {@link WeftLexerBase}. */
final class NumberEnds {
    private NumberEnds() {}

    /**
     * CPython's verify_end_of_number and friends: a number may not run straight into a digit
     * it cannot hold or into a name (except the keywords CPython only warns about, as in
     * {@code 1if x else 2}). Columns follow CPython's caret.
     */
    static LexicalError check(Token t, CharStream input) {
        int c = input.LA(1);
        if (c == CharStream.EOF) {
            return null;
        }
        String text = t.getText();
        int next = t.getCharPositionInLine() + text.length();
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.equals("0") && "xXoObB".indexOf(c) >= 0) {
            int digit = input.LA(2);
            String base = c == 'x' || c == 'X' ? "hexadecimal" : c == 'o' || c == 'O' ? "octal"
                    : "binary";
            if (!base.equals("hexadecimal") && digit >= '0' && digit <= '9') {
                return error("invalid digit '" + (char) digit + "' in " + base + " literal",
                        t, next + 1);
            }
            return error("invalid " + base + " literal", t, next);
        }
        if (c >= '0' && c <= '9') {
            if (lower.startsWith("0b") || lower.startsWith("0o")) {
                String base = lower.startsWith("0b") ? "binary" : "octal";
                return error("invalid digit '" + (char) c + "' in " + base + " literal", t,
                        next);
            }
            return error("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", t, t.getCharPositionInLine());
        }
        if (c != '_' && !Character.isLetter(c) && !Character.isUnicodeIdentifierStart(c)
                || keywordFollows(c, input)) {
            return null;
        }
        String kind = lower.startsWith("0x") ? "hexadecimal" : lower.startsWith("0o") ? "octal"
                : lower.startsWith("0b") ? "binary" : lower.endsWith("j") ? "imaginary"
                : "decimal";
        return error("invalid " + kind + " literal", t, c == '_' ? next : next - 1);
    }

    /** The keywords that may follow a number directly ({@code 1or 2}): CPython only warns. */
    private static boolean keywordFollows(int c, CharStream input) {
        switch (c) {
            case 'a':
                return ahead(input, "nd");
            case 'e':
                return ahead(input, "lse");
            case 'f':
                return ahead(input, "or");
            case 'i':
                return ahead(input, "f") || ahead(input, "n") || ahead(input, "s");
            case 'o':
                return ahead(input, "r");
            case 'n':
                return ahead(input, "ot");
            default:
                return false;
        }
    }

    private static boolean ahead(CharStream input, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (input.LA(i + 2) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static LexicalError error(String message, Token t, int col) {
        return new LexicalError(LexicalError.Category.TOKEN, "SyntaxError", message, t.getLine(),
                col);
    }
}
