// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words the REPL colours and completes: Python 3.11's hard keywords, and the soft ones
 * ({@code spawn}, {@code match}, {@code case}) that are keywords only where the parser reads
 * them so, and names everywhere else.
 */
final class Keywords {
    private Keywords() {}

    static final Set<String> HARD = Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
            "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
            "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    static final Set<String> SOFT = Set.of("spawn", "match", "case");

    /** Every word completion offers as a keyword. */
    static Set<String> all() {
        Set<String> all = new TreeSet<>(HARD);
        all.addAll(SOFT);
        return all;
    }

    /** What follows {@code spawn} when it is the keyword: an operand's first token. */
    private static final Pattern SPAWN_OPERAND =
            Pattern.compile("[ \\t]*([A-Za-z_0-9\\u0080-\\uffff]+|['\"{]|\\.\\.\\.)");

    /**
     * Whether the soft keyword {@code word}, found at {@code start}..{@code end} of the buffer,
     * is a keyword there: {@code spawn} before an operand (as the lexer decides), {@code match}
     * and {@code case} starting a line that ends with a colon.
     */
    static boolean softIsKeyword(String buffer, String word, int start, int end) {
        if (word.equals("spawn")) {
            var m = SPAWN_OPERAND.matcher(buffer).region(end, buffer.length());
            if (!m.lookingAt() || before(buffer, start) == '.') {
                return false;
            }
            String next = m.group(1);
            return !HARD.contains(next) || next.equals("None") || next.equals("True")
                    || next.equals("False");
        }
        int lineStart = buffer.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = buffer.indexOf('\n', end);
        String line = buffer.substring(lineStart, lineEnd < 0 ? buffer.length() : lineEnd);
        String rest = line.substring(end - lineStart).replaceFirst("#.*", "").strip();
        return buffer.substring(lineStart, start).isBlank() && rest.endsWith(":")
                && rest.length() > 1 && !"=.,:)]}".contains(rest.substring(0, 1));
    }

    private static char before(String s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!Character.isWhitespace(s.charAt(j))) {
                return s.charAt(j);
            }
        }
        return '\n';
    }
}
