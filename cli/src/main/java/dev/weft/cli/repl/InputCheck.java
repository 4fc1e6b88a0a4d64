// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import dev.weft.Weft;

/**
 * When REPL input is complete, and how far to indent the next line when it is not: a line
 * ending in ':' opens a block (one level deeper); a block ends at a blank line.
 */
final class InputCheck {
    private InputCheck() {}

    static final int INDENT = 4;

    static boolean isComplete(String text) {
        if (text.isBlank() || text.strip().startsWith(":")) {
            return true;
        }
        return Weft.isComplete(normalise(text));
    }

    /** A last line of only spaces (auto-indent left there) counts as blank. */
    private static String normalise(String text) {
        int nl = text.lastIndexOf('\n');
        if (nl >= 0 && text.substring(nl + 1).isBlank()) {
            return text.substring(0, nl + 1);
        }
        return text;
    }

    /** Indentation (in levels) for the line after {@code text}. */
    static int nextLevel(String text) {
        String last = text.substring(text.lastIndexOf('\n') + 1);
        int indent = 0;
        while (indent < last.length() && last.charAt(indent) == ' ') {
            indent++;
        }
        String code = stripComment(last).stripTrailing();
        int level = indent / INDENT;
        return code.endsWith(":") ? level + 1 : level;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
