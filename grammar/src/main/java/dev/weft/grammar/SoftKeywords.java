// SPDX-License-Identifier: Apache-2.0
package dev.weft.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The soft keywords: the lexer makes NAMEs of {@code spawn}, {@code match} and {@code case}, and
 * this filter, between the logical-line tokens and the parser, retypes one where only the
 * keyword reading fits, looking ahead as far as that takes:
 * <ul>
 * <li>{@code spawn} is SPAWN when the next token begins an operand of its own (a name, number,
 *     string, {@code {}, {@code ...}, None, True, False), which can never follow a name in
 *     Python, and it is not an attribute name (after a {@code .});
 * <li>{@code match} is MATCH at the start of a logical line, before a token that can begin its
 *     subject, when the line ends with a colon (no simple statement does) or is followed by an
 *     indented block (so that a missing colon is reported as one);
 * <li>{@code case} is CASE at the start of a logical line directly inside a match statement.
 * </ul>
 * So every Python program reads as in Python.
 */
final class SoftKeywords {
    private final Supplier<Token> source;
    /** Tokens lexed ahead and not yet handed out, in order. */
    private final List<Token> ahead = new ArrayList<>();
    private int head;
    /** A tokenizer error met while looking ahead: thrown when its place is reached. */
    private LexicalError deferred;
    private int lastType = WeftLexer.NEWLINE;
    /** INDENT nesting at the token handed out last, and the levels of open match blocks. */
    private int depth;
    private final ArrayDeque<Integer> matchBlocks = new ArrayDeque<>();
    /** The line being handed out is a match header; it has ended and its block may open. */
    private boolean inMatchHeader;
    private boolean matchBlockNext;

    SoftKeywords(Supplier<Token> source) {
        this.source = source;
    }

    Token next() {
        Token t = pull();
        if (t.getType() == WeftLexer.NAME && t instanceof CommonToken c) {
            retype(c);
        }
        track(t.getType());
        lastType = t.getType();
        return t;
    }

    private void retype(CommonToken t) {
        boolean lineStart = lastType == WeftLexer.NEWLINE || lastType == WeftLexer.INDENT
                || lastType == WeftLexer.DEDENT;
        switch (t.getText()) {
            case "spawn":
                if (lastType != WeftLexer.DOT && startsOperand(typeAhead(0))) {
                    t.setType(WeftLexer.SPAWN);
                }
                break;
            case "match":
                if (lineStart && startsSubject(typeAhead(0)) && isMatchHeader()) {
                    t.setType(WeftLexer.MATCH);
                }
                break;
            case "case":
                if (lineStart && !matchBlocks.isEmpty() && matchBlocks.peek() == depth) {
                    t.setType(WeftLexer.CASE);
                }
                break;
            default:
                break;
        }
    }

    /** Follows the block structure to know where a match statement's cases stand. */
    private void track(int type) {
        switch (type) {
            case WeftLexer.MATCH:
                inMatchHeader = true;
                break;
            case WeftLexer.NEWLINE:
                matchBlockNext = inMatchHeader;
                inMatchHeader = false;
                break;
            case WeftLexer.INDENT:
                depth++;
                if (matchBlockNext) {
                    matchBlocks.push(depth);
                }
                matchBlockNext = false;
                break;
            case WeftLexer.DEDENT:
                depth--;
                while (!matchBlocks.isEmpty() && matchBlocks.peek() > depth) {
                    matchBlocks.pop();
                }
                matchBlockNext = false;
                break;
            default:
                matchBlockNext = false;
                break;
        }
    }

    /** The rest of the line ends with ':', or the line is followed by an indented block. */
    private boolean isMatchHeader() {
        int before = WeftLexer.NAME;
        for (int i = 0; ; i++) {
            int type = typeAhead(i);
            if (type == WeftLexer.NEWLINE) {
                return before == WeftLexer.COLON || typeAhead(i + 1) == WeftLexer.INDENT;
            }
            if (type == Token.EOF || type == Token.INVALID_TYPE) {
                return false;
            }
            before = type;
        }
    }

    static boolean startsOperand(int type) {
        switch (type) {
            case WeftLexer.NAME:
            case WeftLexer.NUMBER:
            case WeftLexer.STRING:
            case WeftLexer.LBRACE:
            case WeftLexer.ELLIPSIS:
            case WeftLexer.NONE:
            case WeftLexer.TRUE:
            case WeftLexer.FALSE:
                return true;
            default:
                return false;
        }
    }

    /** Whether a match statement's subject can begin with this token. */
    private static boolean startsSubject(int type) {
        switch (type) {
            case WeftLexer.LPAR:
            case WeftLexer.LSQB:
            case WeftLexer.MINUS:
            case WeftLexer.PLUS:
            case WeftLexer.TILDE:
            case WeftLexer.NOT:
            case WeftLexer.LAMBDA:
            case WeftLexer.AWAIT:
            case WeftLexer.STAR:
                return true;
            default:
                return startsOperand(type);
        }
    }

    // ---- the look-ahead buffer ----------------------------------------------------------------

    private Token pull() {
        if (head < ahead.size()) {
            Token t = ahead.get(head++);
            if (head == ahead.size()) {
                ahead.clear();
                head = 0;
            }
            return t;
        }
        if (deferred != null) {
            LexicalError e = deferred;
            deferred = null;
            throw e;
        }
        return source.get();
    }

    /** The type of the token {@code i} places ahead; INVALID_TYPE where the lexer fails. */
    private int typeAhead(int i) {
        while (ahead.size() - head <= i) {
            if (deferred != null) {
                return Token.INVALID_TYPE;
            }
            try {
                ahead.add(source.get());
            } catch (LexicalError e) {
                deferred = e;
                return Token.INVALID_TYPE;
            }
        }
        return ahead.get(head + i).getType();
    }
}
