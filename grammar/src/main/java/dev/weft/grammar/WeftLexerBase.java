// SPDX-License-Identifier: Apache-2.0
package dev.weft.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The hand-written half of {@code WeftLexer}: turns physical lines into Python's logical lines.
 *
 * <p>It measures indentation as CPython's tokenizer does (tabs to the next multiple of 8, and a
 * second measure with tabs as 1 to detect inconsistent mixing), emits INDENT and DEDENT, drops
 * line ends inside brackets and after blank or comment-only lines, closes the input with a
 * NEWLINE and the pending DEDENTs even when the text has no final line break, and reports the
 * tokenizer's errors (bad brackets, numbers, strings, characters) in CPython's words as a
 * {@link LexicalError}. Invariant: the parser never sees an error token except stray ASCII
 * punctuation, which CPython also reports as plain "invalid syntax".
 */
public abstract class WeftLexerBase extends Lexer {
    /** CPython's MAXINDENT and MAXLEVEL. */
    private static final int MAX_INDENT = 100;
    private static final int MAX_BRACKETS = 200;

    /** Tokens decided but not yet handed out (INDENT/DEDENT before a token, the EOF tail). */
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    /** Indentation stack measured with tab stops of 8, and of 1 (for TabError). */
    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int level;
    /** The opening brackets not yet closed, innermost last. */
    private final List<Token> open = new ArrayList<>();
    /** True until the first token of a logical line has been seen. */
    private boolean atLineStart = true;
    /** Char index where the current physical line starts (to measure indentation). */
    private int lineStart;
    /** Lexing an f-string replacement field: no line structure at all. */
    private boolean fieldMode;
    /** Whether leading whitespace makes INDENT and DEDENT (not for eval() input). */
    private boolean indentation = true;
    /** Where the text being lexed sits in the real source (f-string fields start mid-line). */
    private int originLine = 1;
    private int originCol;
    /** Retypes `spawn`, `match` and `case` where they are keywords. */
    private final SoftKeywords softKeywords = new SoftKeywords(this::lexToken);

    protected WeftLexerBase(CharStream input) {
        super(input);
    }

    /**
     * Lex the inside of an f-string replacement field: as if within parentheses (line ends are
     * ignored), with positions shifted so that the text starts at {@code line}:{@code col}.
     */
    public void enterFieldMode(int line, int col) {
        fieldMode = true;
        originLine = line;
        originCol = col;
    }

    /**
     * Lex eval() input: a line's leading whitespace is ignored, as the builtin eval() strips it
     * (only one logical line can follow anyway).
     */
    public void ignoreIndentation() {
        indentation = false;
    }

    /** How many brackets are open at this point of the input. */
    public int bracketDepth() {
        return open.size();
    }

    @Override
    public Token nextToken() {
        return softKeywords.next();
    }

    private Token lexToken() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        while (true) {
            Token t = shift(super.nextToken());
            int type = t.getType();
            if (type == WeftLexer.NEWLINE) {
                if (fieldMode || !open.isEmpty()) {
                    continue;
                }
                lineStart = t.getStopIndex() + 1;
                if (atLineStart) {
                    continue; // a blank or comment-only line
                }
                atLineStart = true;
                return t;
            }
            if (type == Token.EOF) {
                return atEnd(t);
            }
            if (atLineStart && !fieldMode) {
                // CPython measures a line's indentation before it reads the line's tokens
                atLineStart = false;
                if (indentation) {
                    indent(t);
                }
            }
            checkToken(t);
            if (pending.isEmpty()) {
                return t;
            }
            pending.add(t);
            return pending.poll();
        }
    }

    private Token shift(Token t) {
        if ((originLine != 1 || originCol != 0) && t instanceof CommonToken) {
            CommonToken c = (CommonToken) t;
            if (c.getLine() == 1) {
                c.setCharPositionInLine(c.getCharPositionInLine() + originCol);
            }
            c.setLine(c.getLine() + originLine - 1);
        }
        return t;
    }

    /** The end of the input: the last logical line's NEWLINE, its DEDENTs, then EOF. */
    private Token atEnd(Token eof) {
        if (!fieldMode) {
            if (!open.isEmpty()) {
                Token o = open.get(open.size() - 1);
                throw new LexicalError(LexicalError.Category.UNCLOSED_AT_EOF, "SyntaxError",
                        "'" + o.getText() + "' was never closed", o.getLine(),
                        o.getCharPositionInLine());
            }
            if (!atLineStart) {
                atLineStart = true;
                pending.add(synthetic(WeftLexer.NEWLINE, eof));
            }
            for (; level > 0; level--) {
                pending.add(synthetic(WeftLexer.DEDENT, eof));
            }
        }
        pending.add(eof);
        return pending.poll();
    }

    private Token synthetic(int type, Token at) {
        CommonToken t = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL,
                at.getStartIndex(), at.getStartIndex() - 1);
        t.setLine(at.getLine());
        t.setCharPositionInLine(at.getCharPositionInLine());
        t.setText("");
        return t;
    }

    /** Measures the indentation before {@code t}, the first token of a logical line. */
    private void indent(Token t) {
        String prefix = _input.getText(Interval.of(lineStart, t.getStartIndex() - 1));
        int col = 0;
        int alt = 0;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                break;
            }
        }
        if (col == indents[level]) {
            if (alt != altIndents[level]) {
                throw tabError(t);
            }
        } else if (col > indents[level]) {
            if (level + 1 >= MAX_INDENT) {
                throw new LexicalError(LexicalError.Category.DEFERRED, "IndentationError",
                        "too many levels of indentation", t.getLine(), 0);
            }
            if (alt <= altIndents[level]) {
                throw tabError(t);
            }
            push(col, alt);
            pending.add(synthetic(WeftLexer.INDENT, t));
        } else {
            while (level > 0 && col < indents[level]) {
                level--;
                pending.add(synthetic(WeftLexer.DEDENT, t));
            }
            if (col != indents[level]) {
                throw new LexicalError(LexicalError.Category.DEFERRED, "IndentationError",
                        "unindent does not match any outer indentation level", t.getLine(),
                        lineLength(t.getStartIndex()) + t.getCharPositionInLine());
            }
            if (alt != altIndents[level]) {
                throw tabError(t);
            }
        }
    }

    private void push(int col, int alt) {
        level++;
        if (level == indents.length) {
            indents = java.util.Arrays.copyOf(indents, level * 2);
            altIndents = java.util.Arrays.copyOf(altIndents, level * 2);
        }
        indents[level] = col;
        altIndents[level] = alt;
    }

    private static LexicalError tabError(Token t) {
        return new LexicalError(LexicalError.Category.DEFERRED, "TabError",
                "inconsistent use of tabs and spaces in indentation", t.getLine(), 0);
    }

    /** Chars from {@code index} to the end of its physical line. */
    private int lineLength(int index) {
        String rest = _input.getText(Interval.of(index, _input.size() - 1));
        int nl = rest.indexOf('\n');
        return nl < 0 ? rest.length() : nl;
    }

    /** Tracks brackets and rejects the error tokens and malformed numbers. */
    private void checkToken(Token t) {
        switch (t.getType()) {
            case WeftLexer.LPAR:
            case WeftLexer.LSQB:
            case WeftLexer.LBRACE:
                if (open.size() >= MAX_BRACKETS) {
                    throw tokenError("too many nested parentheses", t, 0);
                }
                open.add(t);
                break;
            case WeftLexer.RPAR:
            case WeftLexer.RSQB:
            case WeftLexer.RBRACE:
                close(t);
                break;
            case WeftLexer.NUMBER:
                LexicalError bad = NumberEnds.check(t, _input);
                if (bad != null) {
                    throw bad;
                }
                break;
            case WeftLexer.NAME:
                checkName(t);
                break;
            case WeftLexer.UNTERMINATED_STRING:
                throw tokenError("unterminated string literal (detected at line "
                        + (t.getLine() + count(t.getText(), '\n')) + ")", t, 0);
            case WeftLexer.UNTERMINATED_LONG_STRING:
                throw unterminatedTriple(t);
            case WeftLexer.ERROR_CHAR:
                errorChar(t);
                break;
            default:
                break;
        }
    }

    private void close(Token t) {
        if (open.isEmpty()) {
            throw tokenError("unmatched '" + t.getText() + "'", t, 0);
        }
        Token o = open.remove(open.size() - 1);
        String pair = o.getText() + t.getText();
        if (!pair.equals("()") && !pair.equals("[]") && !pair.equals("{}")) {
            String where = o.getLine() != t.getLine() ? " on line " + o.getLine() : "";
            throw tokenError("closing parenthesis '" + t.getText()
                    + "' does not match opening parenthesis '" + o.getText() + "'" + where, t, 0);
        }
    }

    private LexicalError unterminatedTriple(Token t) {
        String text = t.getText();
        int last = t.getLine() + count(text, '\n') - (text.endsWith("\n") ? 1 : 0);
        return new LexicalError(LexicalError.Category.UNTERMINATED_TRIPLE, "SyntaxError",
                "unterminated triple-quoted string literal (detected at line " + last + ")",
                t.getLine(), t.getCharPositionInLine());
    }

    /**
     * The lexer lets any non-ASCII character into a NAME (small tables load faster); here each
     * one is checked against Java's identifier classes, close to Python's XID_Start/Continue.
     */
    private void checkName(Token t) {
        String s = t.getText();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            boolean ok = i == 0 ? Character.isUnicodeIdentifierStart(cp)
                    : Character.isUnicodeIdentifierPart(cp)
                            && !Character.isIdentifierIgnorable(cp);
            if (!ok) {
                throw tokenError(invalidCharacter(cp), t, i);
            }
            i += Character.charCount(cp);
        }
    }

    private static String invalidCharacter(int cp) {
        String hex = String.format("U+%04X", cp);
        return isPrintable(cp)
                ? "invalid character '" + new String(Character.toChars(cp)) + "' (" + hex + ")"
                : "invalid non-printable character " + hex;
    }

    /** A character no token starts with. */
    private void errorChar(Token t) {
        char c = t.getText().charAt(0);
        if (c == '\\') {
            if (_input.LA(1) == CharStream.EOF) {
                throw new LexicalError(LexicalError.Category.EOF_AFTER_BACKSLASH,
                        "SyntaxError", "unexpected EOF while parsing", t.getLine(),
                        t.getCharPositionInLine() + 1);
            }
            throw new LexicalError(LexicalError.Category.DEFERRED, "SyntaxError",
                    "unexpected character after line continuation character", t.getLine(),
                    t.getCharPositionInLine() + 1);
        }
        if (c >= 0x20 && c < 0x7f) {
            return; // stray ASCII punctuation: the parser reports "invalid syntax" there
        }
        if (c == 0) {
            throw tokenError("source code cannot contain null bytes", t, 0);
        }
        throw tokenError(invalidCharacter(c), t, 0);
    }

    /** Python's str.isprintable() for one code point. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    /** A tokenizer error at {@code t}'s start plus {@code offset} chars on its line. */
    LexicalError tokenError(String message, Token t, int offset) {
        return new LexicalError(LexicalError.Category.TOKEN, "SyntaxError", message, t.getLine(),
                t.getCharPositionInLine() + offset);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
