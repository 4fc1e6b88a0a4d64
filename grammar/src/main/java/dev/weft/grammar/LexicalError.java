// SPDX-License-Identifier: Apache-2.0
package dev.weft.grammar;

/**
 * A tokenizer error, in CPython's words. {@link Category} tells the parser front end how it
 * ranks against a parser error found earlier and whether a REPL should read more lines.
 */
public final class LexicalError extends RuntimeException {
    /** How CPython treats the error. */
    public enum Category {
        /** Raised where it is found, and wins over an earlier generic parser error. */
        TOKEN,
        /** An indentation error: raised only when the parser reaches it. */
        INDENTATION,
        /** A bracket still open at the end of the input. */
        UNCLOSED_AT_EOF,
        /** Input that ends mid-token: a REPL should ask for another line. */
        INCOMPLETE
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
