// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.ConstKind;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.Expr.FormattedValue;
import dev.weft.ast.Expr.JoinedStr;
import dev.weft.ast.Span;
import dev.weft.grammar.WeftParser;
import dev.weft.parse.Literals.LiteralError;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of one f-string token into literal text and replacement fields, following
 * CPython 3.11's string_parser.c: {@code {{}} and {@code }}} escape braces at the top level only,
 * a field's expression ends at a top-level {@code ! : = }} (not {@code != == <= >=}), may not
 * hold a backslash or {@code #}, and is parsed as if parenthesised, at its real position;
 * {@code =} keeps the expression's text, format specs nest one level.
 */
final class FStrings {
    private static final String SPACE = " \t\n\r\f\u000b";

    private final ExprBuilder builder;
    private final String body;
    private final boolean raw;
    /** Where body[0] sits in the source. */
    private final int line;
    private final int col;
    /** The span CPython 3.11 gives the pieces: the whole string literal. */
    private final Span whole;
    /** This token's own span, which 3.11 gives a format spec and its final text. */
    private final Span token;
    private int pos;

    private FStrings(ExprBuilder builder, String body, boolean raw, int line, int col,
            Span whole, Span token) {
        this.builder = builder;
        this.token = token;
        this.body = body;
        this.raw = raw;
        this.line = line;
        this.col = col;
        this.whole = whole;
    }

    /** The pieces of one f-string body: STR constants and formatted values, unmerged. */
    static List<Expr> parse(ExprBuilder builder, String body, boolean raw, int line, int col,
            Span whole, Span token) {
        FStrings f = new FStrings(builder, body, raw, line, col, whole, token);
        List<Expr> out = new ArrayList<>();
        f.pieces(0, out);
        return out;
    }

    /**
     * Adjacent STR constants merged into one, empty ones dropped; text before a field gets
     * {@code span}, trailing text {@code end} (CPython 3.11's locations, which differ in specs).
     */
    static List<Expr> merge(List<Expr> pieces, Span span, Span end) {
        List<Expr> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Expr e : pieces) {
            if (e instanceof Constant) {
                text.append((String) ((Constant) e).value());
            } else {
                flush(text, out, span);
                out.add(e);
            }
        }
        flush(text, out, end);
        return out;
    }

    private static void flush(StringBuilder text, List<Expr> out, Span span) {
        if (text.length() > 0) {
            out.add(new Constant(span, ConstKind.STR, text.toString()));
            text.setLength(0);
        }
    }

    /** Literal text and fields up to the end, or (in a format spec) up to its closing brace. */
    private void pieces(int level, List<Expr> out) {
        while (pos < body.length()) {
            StringBuilder text = new StringBuilder();
            literal(level, text);
            if (text.length() > 0) {
                out.add(new Constant(whole, ConstKind.STR, text.toString()));
            }
            if (pos >= body.length() || body.charAt(pos) == '}') {
                return;
            }
            field(level, out);
        }
    }

    /** Literal text up to a field's '{' (or a format spec's '}'), decoding escapes. */
    private void literal(int level, StringBuilder text) {
        int start = pos;
        while (pos < body.length()) {
            char ch = body.charAt(pos++);
            if (!raw && ch == '\\' && pos < body.length()) {
                ch = body.charAt(pos++);
                if (ch == 'N') {
                    // \N{NAME}: its braces are not a field
                    if (pos < body.length() && body.charAt(pos++) == '{') {
                        while (pos < body.length() && body.charAt(pos++) != '}') {
                            // skip the name
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (pos < body.length() && body.charAt(pos) == ch) {
                        text.append(decode(body.substring(start, pos)));
                        start = ++pos;
                        continue;
                    }
                    if (ch == '}') {
                        throw new LiteralError("f-string: single '}' is not allowed", false);
                    }
                }
                pos--;
                break;
            }
        }
        text.append(decode(body.substring(start, pos)));
    }

    private String decode(String chunk) {
        return raw ? chunk : Literals.decodeStr(chunk, false);
    }

    /** One replacement field starting at '{'. */
    private void field(int level, List<Expr> out) {
        pos++;
        if (level >= 2) {
            throw new LiteralError("f-string: expressions nested too deeply", false);
        }
        int start = pos;
        scanExpression();
        String text = body.substring(start, pos);
        if (isSpace(text)) {
            throw new LiteralError("f-string: empty expression not allowed", false);
        }
        Expr value = compile(text, start);
        String selfDoc = null;
        if (body.charAt(pos) == '=') {
            pos++;
            while (pos < body.length() && SPACE.indexOf(body.charAt(pos)) >= 0) {
                pos++;
            }
            requireMore();
            selfDoc = body.substring(start, pos);
        }
        int conversion = -1;
        if (body.charAt(pos) == '!') {
            pos++;
            requireMore();
            conversion = body.charAt(pos++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw new LiteralError("f-string: invalid conversion character: "
                        + "expected 's', 'r', or 'a'", false);
            }
        }
        Expr spec = null;
        if (pos < body.length() && body.charAt(pos) == ':') {
            pos++;
            requireMore();
            List<Expr> specPieces = new ArrayList<>();
            pieces(level + 1, specPieces);
            spec = new JoinedStr(token, merge(specPieces, whole, token));
        }
        if (pos >= body.length() || body.charAt(pos) != '}') {
            throw expecting();
        }
        pos++;
        if (selfDoc != null) {
            out.add(new Constant(whole, ConstKind.STR, selfDoc));
            if (spec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        out.add(new FormattedValue(whole, value, conversion, spec));
    }

    /** Advances to the character that ends the field's expression. */
    private void scanExpression() {
        char quote = 0;
        boolean triple = false;
        StringBuilder brackets = new StringBuilder();
        while (pos < body.length()) {
            char ch = body.charAt(pos);
            if (ch == '\\') {
                throw new LiteralError("f-string expression part cannot include a backslash",
                        false);
            }
            if (quote != 0) {
                if (ch == quote && (!triple || body.startsWith(tripled(quote), pos))) {
                    pos += triple ? 3 : 1;
                    quote = 0;
                } else {
                    pos++;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                triple = body.startsWith(tripled(quote), pos);
                pos += triple ? 3 : 1;
                continue;
            }
            if (ch == '[' || ch == '{' || ch == '(') {
                if (brackets.length() >= 200) {
                    throw new LiteralError("f-string: too many nested parenthesis", false);
                }
                brackets.append(ch);
            } else if (ch == '#') {
                throw new LiteralError("f-string expression part cannot include '#'", false);
            } else if (brackets.length() == 0 && "!:}=<>".indexOf(ch) >= 0) {
                char next = pos + 1 < body.length() ? body.charAt(pos + 1) : 0;
                if (next == '=' && "!=<>".indexOf(ch) >= 0) {
                    pos += 2;
                    continue;
                }
                if (ch != '<' && ch != '>') {
                    break;
                }
            } else if (ch == ']' || ch == '}' || ch == ')') {
                closeBracket(brackets, ch);
            }
            pos++;
        }
        if (quote != 0) {
            throw new LiteralError("f-string: unterminated string", false);
        }
        if (brackets.length() > 0) {
            throw new LiteralError("f-string: unmatched '"
                    + brackets.charAt(brackets.length() - 1) + "'", false);
        }
        requireMore();
    }

    private static void closeBracket(StringBuilder brackets, char ch) {
        if (brackets.length() == 0) {
            throw new LiteralError("f-string: unmatched '" + ch + "'", false);
        }
        char open = brackets.charAt(brackets.length() - 1);
        brackets.setLength(brackets.length() - 1);
        if ("([{".indexOf(open) != ")]}".indexOf(ch)) {
            throw new LiteralError("f-string: closing parenthesis '" + ch
                    + "' does not match opening parenthesis '" + open + "'", false);
        }
    }

    private static String tripled(char quote) {
        return quote == '"' ? "\"\"\"" : "'''";
    }

    private void requireMore() {
        if (pos >= body.length()) {
            throw expecting();
        }
    }

    private static LiteralError expecting() {
        return new LiteralError("f-string: expecting '}'", false);
    }

    private static boolean isSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (SPACE.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Parses a field's expression where it stands in the source. */
    private Expr compile(String text, int offset) {
        int l = line;
        int c = col;
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                l++;
                c = 0;
            } else {
                c++;
            }
        }
        Frontend field = Frontend.forField(builder.front, text, l, c);
        WeftParser.Fstring_fieldContext tree = field.parse(WeftParser::fstring_field);
        return new AstBuilder(field).field(tree);
    }
}
