// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

/**
 * Where a piece of syntax sits in its source: 1-based lines, 0-based columns counted in UTF-16
 * chars from the start of the line (as CPython's {@code col_offset}, but in chars). Messages show
 * {@code col + 1}. The end is exclusive.
 */
public record Span(int line, int col, int endLine, int endCol) {

    /** A span for synthesised nodes that has no text of its own. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The smallest span covering both {@code this} and {@code other}. */
    public Span to(Span other) {
        return new Span(line, col, other.endLine, other.endCol);
    }

    @Override
    public String toString() {
        return line + ":" + (col + 1);
    }
}
