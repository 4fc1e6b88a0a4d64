// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.ast.ModuleAst;
import dev.weft.ast.Span;
import dev.weft.cps.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One code object's table of source positions. A binary operator or a subscript on one line
 * also gets anchors, found in the source text the way CPython 3.11's traceback finds them: the
 * operator (skipping spaces and closing parentheses after the left operand), or the brackets.
 */
final class Positions {
    private final ModuleAst module;
    private final List<Position> table = new ArrayList<>();
    private final Map<Position, Integer> index = new HashMap<>();

    Positions(ModuleAst module) {
        this.module = module;
    }

    /** The index of {@code span}'s entry; {@code e} supplies anchors (null: none). */
    int register(Span span, Expr e) {
        if (span.line() <= 0) {
            return -1;
        }
        int[] anchors = span.line() == span.endLine() ? anchors(span, e) : null;
        Position p = new Position(span.line(), span.col(), span.endLine(), span.endCol(),
                anchors == null ? -1 : anchors[0], anchors == null ? -1 : anchors[1]);
        return index.computeIfAbsent(p, k -> {
            table.add(k);
            return table.size() - 1;
        });
    }

    Position[] table() {
        return table.toArray(new Position[0]);
    }

    private int[] anchors(Span span, Expr e) {
        String line = module.line(span.line());
        if (e instanceof Expr.BinOp b && b.left().span().endLine() == span.line()
                && b.right().span().line() == span.line()) {
            return operator(line, b.left().span().endCol(), b.right().span().col());
        }
        if (e instanceof Expr.Subscript s && s.value().span().endLine() == span.line()
                && s.index().span().endLine() == span.line()) {
            return brackets(line, s.value().span().endCol(), s.index().span().endCol() + 1,
                    Math.min(span.endCol(), line.length()));
        }
        return null;
    }

    /** The operator between the operands: the first non-space after any closing parenthesis. */
    private static int[] operator(String line, int from, int to) {
        int[] found = null;
        for (int i = from; i < to && i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int end = i + 1;
            if (i + 1 < to && i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1))) {
                end++;
            }
            found = new int[] {i, end};
            if (i + 1 < to && c == ')') {
                continue;
            }
            break;
        }
        return found;
    }

    /** From the opening bracket after the value to just past the closing one. */
    private static int[] brackets(String line, int left, int right, int limit) {
        while (left < limit && line.charAt(left) != '[') {
            left++;
        }
        while (right < limit && line.charAt(right) != ']') {
            right++;
        }
        if (right < limit) {
            right++;
        }
        return new int[] {left, right};
    }
}
