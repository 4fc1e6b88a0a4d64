// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.grammar.LexicalError;
import dev.weft.grammar.WeftParser;
import dev.weft.grammar.WeftParser.BlockContext;
import dev.weft.grammar.WeftParser.Case_blockContext;
import dev.weft.grammar.WeftParser.ClassdefContext;
import dev.weft.grammar.WeftParser.Elif_clauseContext;
import dev.weft.grammar.WeftParser.Else_clauseContext;
import dev.weft.grammar.WeftParser.Except_clauseContext;
import dev.weft.grammar.WeftParser.Finally_clauseContext;
import dev.weft.grammar.WeftParser.For_stmtContext;
import dev.weft.grammar.WeftParser.FuncdefContext;
import dev.weft.grammar.WeftParser.If_stmtContext;
import dev.weft.grammar.WeftParser.Match_stmtContext;
import dev.weft.grammar.WeftParser.PatternContext;
import dev.weft.grammar.WeftParser.Try_stmtContext;
import dev.weft.grammar.WeftParser.While_stmtContext;
import dev.weft.grammar.WeftParser.With_stmtContext;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the first point where the LL parse failed into the SyntaxError CPython 3.11 reports.
 *
 * <p>CPython parses twice: a fast pass, then a pass with "invalid_" rules that name common
 * mistakes; afterwards it tokenizes the rest of the file and lets a tokenizer error found there
 * win. This class does the same in three steps: errors the AST builder finds in the statements
 * completed before the failure (CPython's invalid_ rules would meet them first), a message
 * chosen from the failure's context, then the rest of the tokens.
 */
final class Diagnoser {
    final Frontend front;
    /** The token the parser could not accept. */
    final Token at;
    /** The innermost rule being parsed when the parser stopped. */
    final ParserRuleContext ctx;
    private final RecognitionException cause;
    /**
     * Where CPython's second pass would have parsed an expression for its message (a missing
     * comma, '=' for '=='): it reads on from there, which matters for the brackets check.
     */
    Token readsOnFrom;
    /** The rules the parser was inside: their contexts are unfinished. */
    private final Set<ParseTree> path = Collections.newSetFromMap(new IdentityHashMap<>());

    Diagnoser(Frontend front, RecognitionException cause) {
        this.front = front;
        this.cause = cause;
        this.at = cause.getOffendingToken() != null ? cause.getOffendingToken()
                : front.parser.getCurrentToken();
        this.ctx = (ParserRuleContext) cause.getCtx();
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            path.add(c);
        }
    }

    /** Whether {@code t} is a finished part of the input that ends right before the failure. */
    boolean endsBefore(ParseTree t) {
        if (t == null || path.contains(t)) {
            return false;
        }
        int last = at.getTokenIndex() - 1;
        if (t instanceof TerminalNode) {
            return ((TerminalNode) t).getSymbol().getTokenIndex() == last;
        }
        ParserRuleContext c = (ParserRuleContext) t;
        return c.getStop() != null && c.getStop().getTokenIndex() == last
                && c.getStart().getTokenIndex() <= last;
    }

    /** Whether the parser stopped because the input ended (a REPL should read on). */
    boolean atEndOfInput() {
        return at.getType() == Token.EOF
                || at.getType() == WeftParser.DEDENT && front.isSynthesizedAtEnd(at);
    }

    SyntaxError diagnose() {
        SyntaxError error = earlierError(front, ctx);
        if (error != null) {
            return tokenizerOverride(error);
        }
        if (at.getType() == WeftParser.INDENT) {
            // CPython raises these without looking at the rest of the file
            return front.indentationError("unexpected indent", at.getLine(),
                    Math.max(0, at.getCharPositionInLine() - 1));
        }
        error = message();
        return error.kind().equals("IndentationError") ? error : tokenizerOverride(error);
    }

    /**
     * The first error the AST builder finds in what was parsed completely before the parser
     * stopped in {@code failed}: whole statements, and string literals (CPython decodes them as
     * it parses).
     */
    static SyntaxError earlierError(Frontend front, ParserRuleContext failed) {
        if (failed == null) {
            return null;
        }
        Set<ParseTree> chain = Collections.newSetFromMap(new IdentityHashMap<>());
        ParserRuleContext root = failed;
        for (ParserRuleContext c = failed; c != null; c = c.getParent()) {
            chain.add(c);
            root = c;
        }
        try {
            new AstBuilder(front).checkComplete(root, chain);
        } catch (SyntaxError e) {
            return e;
        }
        return null;
    }

    private SyntaxError message() {
        int type = at.getType();
        IntervalSet expected = expected();
        BlockContext block = enclosing(BlockContext.class);
        boolean dedent = type == WeftParser.DEDENT && !front.isSynthesizedAtEnd(at);
        if (block != null && expected.contains(WeftParser.INDENT) && block.INDENT() == null) {
            Token where = type == Token.EOF ? front.token(at.getTokenIndex() - 1) : at;
            // CPython's column for a DEDENT is one before the next token's
            int col = where.getCharPositionInLine() - (dedent ? 1 : 0);
            return front.indentationError("expected an indented block after " + owner(block),
                    where.getLine(), Math.max(0, col));
        }
        Match_stmtContext match = enclosing(Match_stmtContext.class);
        if (match != null && match.INDENT() == null && expected.contains(WeftParser.INDENT)) {
            return front.indentationError("expected an indented block after 'match' statement"
                    + " on line " + match.getStart().getLine(), at.getLine(),
                    Math.max(0, at.getCharPositionInLine() - (dedent ? 1 : 0)));
        }
        if (dedent && headerMessage() == null) {
            return front.indentationError("unexpected unindent", at.getLine(),
                    Math.max(0, at.getCharPositionInLine() - 1));
        }
        String header = headerMessage();
        if (header != null) {
            return errorAt(header, headerErrorToken());
        }
        if (enclosing(PatternContext.class) != null && type != WeftParser.NAME
                && front.token(at.getTokenIndex() - 1).getType() == WeftParser.AS
                && Tokens.startsExpression(type)) {
            return errorAt("invalid pattern target", at);
        }
        SyntaxError specific = new Mistakes(this).find();
        if (specific != null) {
            return specific;
        }
        Token before = front.token(at.getTokenIndex() - 1);
        if (type == WeftParser.GT && before.getType() == WeftParser.LT
                && before.getStopIndex() + 1 == at.getStartIndex()) {
            return errorAt("invalid syntax", before); // `<>` is one token to CPython
        }
        return errorAt("invalid syntax", at);
    }

    private IntervalSet expected() {
        try {
            IntervalSet set = cause.getExpectedTokens();
            return set != null ? set : new IntervalSet();
        } catch (RuntimeException e) {
            return new IntervalSet();
        }
    }

    SyntaxError errorAt(String message, Token t) {
        return front.error(message, t.getLine(), t.getCharPositionInLine());
    }

    @SuppressWarnings("unchecked")
    <T extends ParserRuleContext> T enclosing(Class<T> type) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (type.isInstance(c)) {
                return (T) c;
            }
        }
        return null;
    }

    /** "'if' statement on line 3", "function definition on line 1", ... */
    private static String owner(BlockContext block) {
        ParserRuleContext p = block.getParent();
        Token first = p.getStart();
        if (p instanceof FuncdefContext) {
            Token def = ((FuncdefContext) p).DEF().getSymbol();
            return "function definition on line " + def.getLine();
        }
        if (p instanceof ClassdefContext) {
            return "class definition on line " + first.getLine();
        }
        if (p instanceof For_stmtContext) {
            return "'for' statement on line " + ((For_stmtContext) p).FOR().getSymbol().getLine();
        }
        if (p instanceof With_stmtContext) {
            Token with = ((With_stmtContext) p).WITH().getSymbol();
            return "'with' statement on line " + with.getLine();
        }
        return "'" + first.getText() + "' statement on line " + first.getLine();
    }

    /** "expected ':'" and friends, where CPython names the missing token of a header. */
    private String headerMessage() {
        ParserRuleContext header = innermostCompound();
        boolean atNewline = at.getType() == WeftParser.NEWLINE;
        if (header instanceof FuncdefContext) {
            FuncdefContext f = (FuncdefContext) header;
            if (f.NAME() != null && f.LPAR() == null) {
                return "expected '('";
            }
            return f.RPAR() != null && f.COLON() == null && !path.contains(f.RPAR())
                    ? "expected ':'" : null;
        }
        if (header instanceof Try_stmtContext) {
            Try_stmtContext t = (Try_stmtContext) header;
            if (t.COLON() == null) {
                return "expected ':'";
            }
            boolean afterBlock = t.block() != null && !path.contains(t.block())
                    && t.block().getStop().getTokenIndex() < at.getTokenIndex();
            return afterBlock && t.except_clause().isEmpty() && t.finally_clause() == null
                    ? "expected 'except' or 'finally' block" : null;
        }
        if (header instanceof Finally_clauseContext || header instanceof Else_clauseContext) {
            return colonMissing(header) ? "expected ':'" : null;
        }
        return atNewline && colonMissing(header) && headerComplete(header) ? "expected ':'"
                : null;
    }

    /** Whether what precedes the line end is a whole header, lacking only its colon. */
    private boolean headerComplete(ParserRuleContext header) {
        if (header instanceof If_stmtContext) {
            return endsBefore(((If_stmtContext) header).namedexpr_test());
        }
        if (header instanceof Elif_clauseContext) {
            return endsBefore(((Elif_clauseContext) header).namedexpr_test());
        }
        if (header instanceof While_stmtContext) {
            return endsBefore(((While_stmtContext) header).namedexpr_test());
        }
        if (header instanceof For_stmtContext) {
            return endsBefore(((For_stmtContext) header).star_expressions());
        }
        ParseTree last = header.getChild(header.getChildCount() - 1);
        if (header instanceof ClassdefContext) {
            return endsBefore(last) && !(last.getText().equals("class"));
        }
        if (header instanceof Except_clauseContext) {
            return endsBefore(last) && !last.getText().equals("as");
        }
        if (header instanceof With_stmtContext) {
            return Tokens.endsOperand(front.token(at.getTokenIndex() - 1).getType());
        }
        if (header instanceof Match_stmtContext m) {
            return endsBefore(m.star_named_expressions());
        }
        if (header instanceof Case_blockContext k) {
            return k.IF() != null ? endsBefore(k.namedexpr_test()) : endsBefore(k.patterns());
        }
        return false;
    }

    /** Where a header's message points: `def f() -> :` is missing its ':' at the arrow. */
    private Token headerErrorToken() {
        FuncdefContext f = enclosing(FuncdefContext.class);
        if (f != null && f.ARROW() != null && endsBefore(f.ARROW())) {
            return f.ARROW().getSymbol();
        }
        return at;
    }

    private static boolean colonMissing(ParserRuleContext header) {
        return header != null && header.getToken(WeftParser.COLON, 0) == null;
    }

    /** The innermost statement with a header that encloses the failure, if any. */
    private ParserRuleContext innermostCompound() {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof If_stmtContext || c instanceof Elif_clauseContext
                    || c instanceof Else_clauseContext || c instanceof While_stmtContext
                    || c instanceof For_stmtContext || c instanceof Try_stmtContext
                    || c instanceof Except_clauseContext || c instanceof Finally_clauseContext
                    || c instanceof With_stmtContext || c instanceof FuncdefContext
                    || c instanceof ClassdefContext || c instanceof Match_stmtContext
                    || c instanceof Case_blockContext) {
                return c;
            }
        }
        return null;
    }

    /**
     * CPython tokenizes the rest of the file after a parser error: a tokenizer error there wins,
     * as does a bracket left open on an earlier line. A bracket open at the end also wins when
     * the failure was on an operand right before the end: CPython's parser peeked past it.
     */
    private SyntaxError tokenizerOverride(SyntaxError error) {
        if (Tokens.endsOperand(at.getType())) {
            try {
                front.tokens.fetchTo(at.getTokenIndex() + 1);
            } catch (LexicalError e) {
                return e.category() == LexicalError.Category.DEFERRED ? error : front.error(e);
            }
        }
        try {
            front.tokens.fill();
        } catch (LexicalError e) {
            if (e.category() == LexicalError.Category.UNCLOSED_AT_EOF) {
                return unclosedWins(e, error) ? front.error(e) : error;
            }
            return e.category().overridesParserError() ? front.error(e) : error;
        }
        return error;
    }

    /**
     * CPython reports a bracket never closed instead when its parser had read past the line of
     * the bracket: it was opened on an earlier line, or the failure is inside it and more lines
     * follow (CPython's second pass reads on inside brackets).
     */
    private boolean unclosedWins(LexicalError e, SyntaxError error) {
        Token from = readsOnFrom;
        boolean afterOperand = Tokens.endsOperand(front.token(at.getTokenIndex() - 1).getType());
        if (from == null && afterOperand && Tokens.startsExpression(at.getType())
                && error.getMessage().equals("invalid syntax")) {
            from = at;
        }
        int furthest = from == null ? at.getLine() : Math.max(at.getLine(), reach(from));
        return e.line() < furthest;
    }

    /** The line of the furthest token an expression parsed from {@code from} reads. */
    private int reach(Token from) {
        WeftParser trial = new WeftParser(front.tokens);
        trial.removeErrorListeners();
        trial.setErrorHandler(new BailErrorStrategy());
        trial.getInterpreter().setPredictionMode(PredictionMode.SLL);
        front.tokens.seek(from.getTokenIndex());
        try {
            ParserRuleContext e = trial.test();
            return front.token(e.getStop().getTokenIndex() + 1).getLine();
        } catch (ParseCancellationException stop) {
            Throwable cause = stop.getCause();
            Token t = cause instanceof RecognitionException
                    ? ((RecognitionException) cause).getOffendingToken() : null;
            return (t != null ? t : trial.getCurrentToken()).getLine();
        } catch (LexicalError end) {
            return front.tokens.get(front.tokens.size() - 1).getLine();
        }
    }
}
