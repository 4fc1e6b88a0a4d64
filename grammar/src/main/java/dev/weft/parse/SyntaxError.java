// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.SourceLines;

/**
 * A script's syntax fault: where it is and a plain sentence in CPython's words. {@code kind} is
 * the Python exception class name ({@code SyntaxError}, {@code IndentationError} or
 * {@code TabError}). Columns are 0-based as in {@link dev.weft.ast.Span}; {@link #format} shows
 * them 1-based.
 */
public final class SyntaxError extends RuntimeException {
    private final String kind;
    private final String file;
    private final int line;
    private final int col;
    private final String sourceLine;

    public SyntaxError(String kind, String message, String file, String source, int line, int col) {
        super(message, null, false, false);
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.col = col;
        this.sourceLine = SourceLines.line(source, line);
    }

    public String kind() { return kind; }

    public String file() { return file; }

    public int line() { return line; }

    public int col() { return col; }

    public String sourceLine() { return sourceLine; }

    /**
     * The diagnostic as the command line prints it:
     * <pre>
     * x.weft:1:5
     *     if x
     *         ^
     * SyntaxError: expected ':'
     * </pre>
     * The last line is CPython's, so tools comparing last lines agree.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(':').append(col + 1).append('\n');
        if (!sourceLine.isEmpty()) {
            String text = sourceLine.stripTrailing();
            int indent = text.length() - text.stripLeading().length();
            sb.append("    ").append(text.substring(indent)).append('\n');
            int caret = Math.max(0, Math.min(col, text.length()) - indent);
            sb.append("    ").append(" ".repeat(caret)).append("^\n");
        }
        sb.append(kind).append(": ").append(getMessage()).append('\n');
        return sb.toString();
    }
}
