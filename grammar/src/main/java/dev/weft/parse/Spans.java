// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Spans from tokens: a token's end is found from its text, which may hold line breaks. */
final class Spans {
    private Spans() {}

    static Span of(Token t) {
        return between(t, t);
    }

    static Span of(TerminalNode n) {
        return of(n.getSymbol());
    }

    /** From the start of {@code first} to the end of {@code last}. */
    static Span between(Token first, Token last) {
        String text = last.getText();
        int endLine = last.getLine();
        int endCol = last.getCharPositionInLine();
        int nl = text == null ? -1 : text.lastIndexOf('\n');
        if (nl < 0) {
            endCol += text == null ? 0 : text.length();
        } else {
            for (int i = 0; i <= nl; i++) {
                if (text.charAt(i) == '\n') {
                    endLine++;
                }
            }
            endCol = text.length() - nl - 1;
        }
        return new Span(first.getLine(), first.getCharPositionInLine(), endLine, endCol);
    }

    static Span of(ParserRuleContext c) {
        return between(c.getStart(), c.getStop());
    }

    /** From the start of {@code first} to the end of {@code last}. */
    static Span between(ParserRuleContext first, ParserRuleContext last) {
        return between(first.getStart(), last.getStop());
    }

    /** From the start of {@code t} to the end of {@code end}. */
    static Span from(Token t, Span end) {
        return new Span(t.getLine(), t.getCharPositionInLine(), end.endLine(), end.endCol());
    }
}
