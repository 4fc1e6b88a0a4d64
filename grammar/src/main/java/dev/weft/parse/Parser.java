// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.ModuleAst;
import dev.weft.ast.Stmt;
import dev.weft.grammar.WeftParser;
import dev.weft.grammar.WeftParser.File_inputContext;
import java.util.List;

/**
 * The front end's façade: source text in, AST or {@link SyntaxError} out. Thread-safe: each
 * call has its own lexer and parser; only ANTLR's prediction caches are shared (and they are
 * synchronised by ANTLR).
 */
public final class Parser {
    private Parser() {}

    /** Parses a script or module. */
    public static ModuleAst parse(String source, String file) {
        try {
            Frontend front = Frontend.forSource(source, file);
            File_inputContext tree = front.parse(WeftParser::file_input);
            return new ModuleAst(file, source, new AstBuilder(front).module(tree));
        } catch (StackOverflowError e) {
            throw tooDeep(source, file);
        }
    }

    /**
     * Nesting too deep for the thread's stack (thousands of levels; CPython gives up at about
     * the same depth): reported in CPython's words, with the class it uses.
     */
    private static SyntaxError tooDeep(String source, String file) {
        return new SyntaxError("RecursionError",
                "maximum recursion depth exceeded during compilation", file, source, 1, 0);
    }

    /**
     * Parses the argument of eval(): an expression list (a tuple when it has a comma), maybe
     * followed by line ends; leading spaces are ignored, as eval() strips them.
     */
    public static Expr parseExpression(String source, String file) {
        try {
            Frontend front = Frontend.forSource(source, file);
            front.lexer.ignoreIndentation();
            return new AstBuilder(front).evalInput(front.parse(WeftParser::eval_input));
        } catch (StackOverflowError e) {
            throw tooDeep(source, file);
        }
    }

    /**
     * Whether a REPL has a whole input: false while more lines are needed (an open bracket, an
     * unterminated triple-quoted string, a trailing backslash, a block still open; in
     * interactive mode a compound statement ends only at an empty line), true when the input
     * is complete or holds a definite error (which parsing it will then report).
     */
    public static boolean isComplete(String source) {
        if (source.isBlank()) {
            return true;
        }
        boolean blankLast = endsWithBlankLine(source);
        Frontend front = Frontend.forSource(source, "<stdin>");
        List<Stmt> body;
        try {
            body = new AstBuilder(front).module(front.parse(WeftParser::file_input));
        } catch (StackOverflowError e) {
            return true;
        } catch (SyntaxError e) {
            switch (front.ending()) {
                case NEEDS_MORE:
                    return false;
                case AT_END:
                    return blankLast;
                default:
                    return true;
            }
        }
        Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
        return blankLast || !isCompound(last);
    }

    private static boolean endsWithBlankLine(String s) {
        int nl = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
        return nl >= 0 && s.substring(nl + 1).isBlank();
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.While || s instanceof Stmt.For
                || s instanceof Stmt.Try || s instanceof Stmt.With
                || s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef
                || s instanceof Stmt.Match;
    }
}
