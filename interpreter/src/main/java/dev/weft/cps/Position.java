// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

/**
 * Where in the source an operation that can raise sits, for the carets under a traceback line:
 * its span (1-based lines, 0-based columns, end exclusive) and, for a binary operator or a
 * subscript on one line, the columns [{@code anchorStart}, {@code anchorEnd}) of the operator or
 * the brackets, which CPython marks with {@code ^} while the operands get {@code ~}.
 */
public record Position(int line, int col, int endLine, int endCol, int anchorStart,
        int anchorEnd) {

    public boolean hasAnchors() {
        return anchorStart >= 0;
    }
}
