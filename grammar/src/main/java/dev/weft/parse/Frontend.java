// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.grammar.LexicalError;
import dev.weft.grammar.WeftLexer;
import dev.weft.grammar.WeftParser;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * One run of the lexer and parser over one text: the whole file, an eval() input, or the inside
 * of an f-string replacement field (positions shifted to where the field sits).
 *
 * <p>Parsing is two-stage: SLL prediction with a bail-out strategy first (fast, and enough for
 * almost every input); on failure the same tokens are parsed again with full LL prediction, so
 * that a reported error is a real one. The ANTLR caches are the generated classes' static ones.
 * Every failure leaves as a {@link SyntaxError}; ANTLR never prints and its exceptions never
 * escape.
 */
final class Frontend {
    final String file;
    /** The caller's text, for the source line in messages. */
    final String source;
    final WeftLexer lexer;
    final TokenBuffer tokens;
    final WeftParser parser;
    /** "f-string: " inside a replacement field, as CPython prefixes those parser messages. */
    final String messagePrefix;
    /** Length of the text lexed, to tell tokens synthesised at its end. */
    private final int length;
    /** How the last error relates to the end of the input (for the REPL). */
    private Ending ending = Ending.NONE;

    /** Whether an error is only the input stopping early. */
    enum Ending {
        /** A definite error. */
        NONE,
        /** Input stopped inside a token or bracket: more lines are needed even after a blank. */
        NEEDS_MORE,
        /** The parser ran out of input mid-statement: more lines are needed. */
        AT_END
    }

    private Frontend(String text, String source, String file, String messagePrefix) {
        this.file = file;
        this.source = source;
        this.messagePrefix = messagePrefix;
        this.length = text.length();
        this.lexer = new WeftLexer(new Utf16CharStream(text, file));
        lexer.removeErrorListeners();
        this.tokens = new TokenBuffer(lexer);
        this.parser = new WeftParser(tokens);
        parser.removeErrorListeners();
        tokens.parser = parser;
    }

    /** A front end over a whole source text. */
    static Frontend forSource(String source, String file) {
        return new Frontend(normalize(source), source, file, "");
    }

    /** A front end over one f-string field that starts at {@code line}:{@code col} of source. */
    static Frontend forField(Frontend outer, String text, int line, int col) {
        Frontend f = new Frontend(text, outer.source, outer.file, "f-string: ");
        f.lexer.enterFieldMode(line, col);
        return f;
    }

    /** Python reads source with universal newlines; a leading BOM is not text. */
    private static String normalize(String source) {
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    /** Parses with {@code rule}, SLL first then LL; any fault becomes a {@link SyntaxError}. */
    <T extends ParserRuleContext> T parse(Function<WeftParser, T> rule) {
        parser.setErrorHandler(new FailFast());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (LexicalError e) {
            throw lexicalFailure(e);
        } catch (Failure retry) {
            // SLL is weaker than LL: only a failure under full LL is a syntax error
        }
        parser.reset();
        parser.setErrorHandler(new FailFast());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            return rule.apply(parser);
        } catch (LexicalError e) {
            throw lexicalFailure(e);
        } catch (Failure f) {
            Diagnoser d = new Diagnoser(this, f.cause);
            SyntaxError error = d.diagnose();
            if (ending == Ending.NONE && d.atEndOfInput()) {
                ending = Ending.AT_END;
            }
            throw error;
        }
    }

    Ending ending() {
        return ending;
    }

    boolean isSynthesizedAtEnd(Token t) {
        return t.getType() == Token.EOF || t.getStartIndex() >= length;
    }

    /**
     * A tokenizer error met while parsing. An indentation error or a bracket open at the end
     * does not beat an error CPython's second pass finds in what was already parsed.
     */
    private SyntaxError lexicalFailure(LexicalError e) {
        LexicalError.Category category = e.category();
        if (category.needsMoreInput()) {
            ending = Ending.NEEDS_MORE;
        }
        if (!category.overridesParserError()) {
            SyntaxError earlier = Diagnoser.earlierError(this, tokens.failedAt);
            if (earlier != null && (category != LexicalError.Category.UNCLOSED_AT_EOF
                    || e.line() >= earlier.line())) {
                ending = Ending.NONE;
                return earlier;
            }
        }
        return error(e);
    }

    SyntaxError error(LexicalError e) {
        return new SyntaxError(e.type(), e.getMessage(), file, source, e.line(), e.col());
    }

    /** A parser-level error: CPython prefixes these with "f-string: " inside fields. */
    SyntaxError error(String message, int line, int col) {
        return new SyntaxError("SyntaxError", messagePrefix + message, file, source, line, col);
    }

    SyntaxError indentationError(String message, int line, int col) {
        return new SyntaxError("IndentationError", message, file, source, line, col);
    }

    /** Token {@code i}, lexing up to it if needed; the last good token if it cannot be lexed. */
    Token token(int i) {
        return tokens.at(i);
    }

    /** The token stream, with random access that lexes on demand. */
    static final class TokenBuffer extends CommonTokenStream {
        /** The parser reading this stream, to know where a lexical error stopped it. */
        WeftParser parser;
        /** The rule being parsed when the lexer failed. */
        ParserRuleContext failedAt;

        TokenBuffer(WeftLexer lexer) {
            super(lexer);
        }

        /** The lexer's error: the stream ends there, and every read beyond it fails again. */
        private LexicalError broken;

        @Override
        protected int fetch(int n) {
            if (broken != null) {
                throw broken;
            }
            try {
                return super.fetch(n);
            } catch (LexicalError e) {
                broken = e;
                if (parser != null) {
                    failedAt = parser.getContext();
                }
                throw e;
            }
        }

        /** Lexes up to token {@code i}; a {@link LexicalError} passes through. */
        void fetchTo(int i) {
            sync(i);
        }

        Token at(int i) {
            if (i < 0) {
                return get(0);
            }
            try {
                sync(i);
            } catch (LexicalError e) {
                // stop at the token that cannot be lexed
            }
            return get(Math.max(0, Math.min(i, size() - 1)));
        }
    }

    /** The reason the strategy stopped the parser. */
    static final class Failure extends RuntimeException {
        final RecognitionException cause;

        Failure(RecognitionException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    /** Stops at the first error instead of recovering, remembering where and why. */
    private static final class FailFast extends BailErrorStrategy {
        @Override
        public void recover(org.antlr.v4.runtime.Parser recognizer, RecognitionException e) {
            throw new Failure(e);
        }

        @Override
        public Token recoverInline(org.antlr.v4.runtime.Parser recognizer) {
            throw new Failure(new InputMismatchException(recognizer));
        }

        @Override
        public void sync(org.antlr.v4.runtime.Parser recognizer) {
            // errors are found by match() and adaptivePredict(), never guessed ahead
        }

        @Override
        public void reportError(org.antlr.v4.runtime.Parser recognizer, RecognitionException e) {
            // nothing to report: recover() stops the parse and the Diagnoser words the error
        }
    }
}
