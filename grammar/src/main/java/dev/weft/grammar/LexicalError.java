// SPDX-License-Identifier: Apache-2.0
package dev.weft.grammar;

/**
 * A tokenizer error, in CPython's words. {@link Category} tells the parser front end how it
 * ranks against a parser error found earlier and whether a REPL should read more lines.
 */
public final class LexicalError extends RuntimeException {
    /** How CPython treats the error. */
    public enum Category {
        /** Raised where it is found, and wins over a parser error found earlier in the file. */
        TOKEN(true, false),
        /**
         * Reported only if the parser reaches it (CPython's E_ codes): indentation, tabs,
         * a stray character after a line continuation.
         */
        DEFERRED(false, false),
        /** A bracket still open at the end of the input. */
        UNCLOSED_AT_EOF(false, true),
        /** A triple-quoted string still open at the end of the input. */
        UNTERMINATED_TRIPLE(true, true),
        /** A line continuation with nothing after it. */
        EOF_AFTER_BACKSLASH(false, true);

        private final boolean overrides;
        private final boolean needsMore;

        Category(boolean overrides, boolean needsMore) {
            this.overrides = overrides;
            this.needsMore = needsMore;
        }

        /** Whether, found after a parser error, it replaces that error (CPython's rule). */
        public boolean overridesParserError() {
            return overrides;
        }

        /** Whether the input merely stops early: a REPL should read another line. */
        public boolean needsMoreInput() {
            return needsMore;
        }
    }

    private final Category category;
    private final String type;
    private final int line;
    private final int col;

    LexicalError(Category category, String type, String message, int line, int col) {
        super(message, null, false, false);
        this.category = category;
        this.type = type;
        this.line = line;
        this.col = col;
    }

    public Category category() {
        return category;
    }

    /** The Python exception class: SyntaxError, IndentationError or TabError. */
    public String type() {
        return type;
    }

    public int line() {
        return line;
    }

    public int col() {
        return col;
    }
}
