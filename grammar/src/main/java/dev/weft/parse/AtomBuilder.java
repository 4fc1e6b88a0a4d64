// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.ast.Expr.ConstKind;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.Expr.DictComp;
import dev.weft.ast.Expr.DictDisplay;
import dev.weft.ast.Expr.GeneratorExp;
import dev.weft.ast.Expr.JoinedStr;
import dev.weft.ast.Expr.ListComp;
import dev.weft.ast.Expr.ListDisplay;
import dev.weft.ast.Expr.SetComp;
import dev.weft.ast.Expr.SetDisplay;
import dev.weft.ast.Expr.NamedExpr;
import dev.weft.ast.Expr.Starred;
import dev.weft.ast.Expr.Subscript;
import dev.weft.ast.Expr.Tuple;
import dev.weft.ast.Span;
import dev.weft.grammar.WeftParser.BraceAtomContext;
import dev.weft.grammar.WeftParser.Dict_or_setContext;
import dev.weft.grammar.WeftParser.Dict_or_set_itemContext;
import dev.weft.grammar.WeftParser.EllipsisAtomContext;
import dev.weft.grammar.WeftParser.FalseAtomContext;
import dev.weft.grammar.WeftParser.ListAtomContext;
import dev.weft.grammar.WeftParser.NameAtomContext;
import dev.weft.grammar.WeftParser.NoneAtomContext;
import dev.weft.grammar.WeftParser.NumberAtomContext;
import dev.weft.grammar.WeftParser.ParenAtomContext;
import dev.weft.grammar.WeftParser.SliceContext;
import dev.weft.grammar.WeftParser.Slice_boundsContext;
import dev.weft.grammar.WeftParser.SlicesContext;
import dev.weft.grammar.WeftParser.SubscriptContext;
import dev.weft.grammar.WeftParser.TestContext;
import dev.weft.grammar.WeftParser.StringAtomContext;
import dev.weft.grammar.WeftParser.Testlist_compContext;
import dev.weft.grammar.WeftParser.TrueAtomContext;
import dev.weft.parse.Literals.LiteralError;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Atoms: names, numbers, strings (concatenated, decoded, f-strings split), groups, tuples,
 * list/set/dict displays and comprehensions, generator expressions; and subscripts.
 */
abstract class AtomBuilder extends ExprBuilder {

    AtomBuilder(Frontend front) {
        super(front);
    }

    @Override
    public Expr visitNameAtom(NameAtomContext c) {
        return name(c.NAME());
    }

    @Override
    public Expr visitNumberAtom(NumberAtomContext c) {
        return Literals.number(c.NUMBER().getText(), Spans.of(c));
    }

    @Override
    public Expr visitEllipsisAtom(EllipsisAtomContext c) {
        return constant(c.getStart(), ConstKind.ELLIPSIS);
    }

    @Override
    public Expr visitNoneAtom(NoneAtomContext c) {
        return constant(c.getStart(), ConstKind.NONE);
    }

    @Override
    public Expr visitTrueAtom(TrueAtomContext c) {
        return constant(c.getStart(), ConstKind.TRUE);
    }

    @Override
    public Expr visitFalseAtom(FalseAtomContext c) {
        return constant(c.getStart(), ConstKind.FALSE);
    }

    @Override
    public Expr visitParenAtom(ParenAtomContext c) {
        Span span = Spans.of(c);
        if (c.yield_expr() != null) {
            return markParenthesized(yieldExpr(c.yield_expr()));
        }
        Testlist_compContext t = c.testlist_comp();
        if (t == null) {
            return markParenthesized(new Tuple(span, List.of()));
        }
        List<Expr> elts = starNamedList(t.star_named_expression());
        if (!t.comp_for().isEmpty()) {
            return markParenthesized(
                    new GeneratorExp(span, element(elts.get(0)), comprehensions(t.comp_for())));
        }
        if (t.COMMA().isEmpty()) {
            Expr e = elts.get(0);
            if (e instanceof Starred) {
                throw error("cannot use starred expression here", e.span());
            }
            return markParenthesized(e);
        }
        return markParenthesized(new Tuple(span, elts));
    }

    @Override
    public Expr visitListAtom(ListAtomContext c) {
        Span span = Spans.of(c);
        Testlist_compContext t = c.testlist_comp();
        if (t == null) {
            return new ListDisplay(span, List.of());
        }
        List<Expr> elts = starNamedList(t.star_named_expression());
        if (!t.comp_for().isEmpty()) {
            return new ListComp(span, element(elts.get(0)), comprehensions(t.comp_for()));
        }
        return new ListDisplay(span, elts);
    }

    @Override
    public Expr visitBraceAtom(BraceAtomContext c) {
        Span span = Spans.of(c);
        Dict_or_setContext d = c.dict_or_set();
        if (d == null) {
            return new DictDisplay(span, List.of(), List.of());
        }
        List<Dict_or_set_itemContext> items = d.dict_or_set_item();
        Dict_or_set_itemContext first = items.get(0);
        boolean dict = first.COLON() != null || first.POWER() != null;
        if (!d.comp_for().isEmpty()) {
            if (!dict) {
                return new SetComp(span, element(starNamed(first.star_named_expression())),
                        comprehensions(d.comp_for()));
            }
            if (first.POWER() != null) {
                throw error("dict unpacking cannot be used in dict comprehension",
                        first.getStart());
            }
            return new DictComp(span, dictKey(first), test(first.test()),
                    comprehensions(d.comp_for()));
        }
        return dict ? dict(span, items) : set(span, items);
    }

    private Expr dict(Span span, List<Dict_or_set_itemContext> items) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Dict_or_set_itemContext item : items) {
            if (item.POWER() != null) {
                keys.add(null);
                values.add(expr(item.expr()));
            } else if (item.COLON() == null) {
                if (item.star_named_expression().STAR() != null) {
                    throw error("invalid syntax", item.getStart());
                }
                Span key = starNamed(item.star_named_expression()).span();
                throw front.error("':' expected after dictionary key", key.endLine(),
                        key.endCol() - 1);
            } else {
                keys.add(dictKey(item));
                values.add(test(item.test()));
            }
        }
        return new DictDisplay(span, java.util.Collections.unmodifiableList(keys), values);
    }

    /** A dict key is an expression: neither starred nor an unparenthesised walrus. */
    private Expr dictKey(Dict_or_set_itemContext item) {
        if (item.star_named_expression().STAR() != null
                || item.star_named_expression().namedexpr_test().WALRUS() != null) {
            throw error("invalid syntax", item.COLON().getSymbol());
        }
        return starNamed(item.star_named_expression());
    }

    private Expr set(Span span, List<Dict_or_set_itemContext> items) {
        List<Expr> elts = new ArrayList<>();
        for (Dict_or_set_itemContext item : items) {
            if (item.POWER() != null) {
                throw error("invalid syntax", item.POWER().getSymbol());
            }
            if (item.COLON() != null) {
                throw error("invalid syntax", item.COLON().getSymbol());
            }
            elts.add(starNamed(item.star_named_expression()));
        }
        return new SetDisplay(span, elts);
    }

    // ---- subscripts ------------------------------------------------------------------------

    @Override
    public Expr visitSubscript(SubscriptContext c) {
        return new Subscript(Spans.of(c), expr(c.expr()), slices(c.slices()));
    }

    /** A single starred index is still a tuple (PEP 646): {@code a[*b]} is {@code a[(*b,)]}. */
    private Expr slices(SlicesContext c) {
        List<Expr> elts = new ArrayList<>();
        for (SliceContext s : c.slice()) {
            elts.add(slice(s));
        }
        return tupleOrSingle(c, elts, !c.COMMA().isEmpty() || elts.get(0) instanceof Starred);
    }

    private Expr slice(SliceContext c) {
        if (c.STAR() != null) {
            return new Starred(Spans.of(c), expr(c.expr()));
        }
        Expr lower = c.namedexpr_test() == null ? null : namedExpr(c.namedexpr_test());
        Slice_boundsContext b = c.slice_bounds();
        if (b == null) {
            return lower;
        }
        if (lower instanceof NamedExpr) {
            throw error("invalid syntax", b.getStart());
        }
        Expr upper = null;
        Expr step = null;
        int colons = 0;
        for (int i = 0; i < b.getChildCount(); i++) {
            if (b.getChild(i) instanceof TestContext) {
                Expr e = test((TestContext) b.getChild(i));
                if (colons == 1) {
                    upper = e;
                } else {
                    step = e;
                }
            } else {
                colons++;
            }
        }
        return new Expr.Slice(Spans.of(c), lower, upper, step);
    }

    // ---- string literals ----------------------------------------------------------------------

    /**
     * Adjacent string literals: one STR or BYTES constant, or one JoinedStr as soon as one part
     * is an f-string. Decoding errors are placed where CPython 3.11 puts them: on the token
     * after the literal (the last one its parser had read), or on the token itself.
     */
    @Override
    public Expr visitStringAtom(StringAtomContext c) {
        return strings(c, c.STRING());
    }

    /** The adjacent string tokens {@code parts}, which make up all of {@code c}. */
    final Expr strings(org.antlr.v4.runtime.ParserRuleContext c, List<TerminalNode> parts) {
        Span span = Spans.of(c);
        StringPiece first = StringPiece.of(parts.get(0).getSymbol());
        boolean anyF = false;
        List<Expr> pieces = new ArrayList<>();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (TerminalNode n : parts) {
            StringPiece p = StringPiece.of(n.getSymbol());
            if (p.bytes() != first.bytes()) {
                throw errorAfter(c.getStop(), "cannot mix bytes and nonbytes literals");
            }
            try {
                if (p.bytes()) {
                    bytes.writeBytes(Literals.decodeBytes(p.body(), p.raw()));
                } else if (p.f()) {
                    anyF = true;
                    pieces.addAll(FStrings.parse(this, p.body(), p.raw(), p.line(), p.col(),
                            span, Spans.of(n)));
                } else {
                    String s = Literals.decodeStr(p.body(), p.raw());
                    pieces.add(new Constant(span, ConstKind.STR, s));
                }
            } catch (LiteralError e) {
                throw e.atToken ? error(e.getMessage(), n.getSymbol())
                        : errorAfter(c.getStop(), e.getMessage());
            }
        }
        if (first.bytes()) {
            return new Constant(span, ConstKind.BYTES, bytes.toByteArray());
        }
        if (anyF) {
            return new JoinedStr(span, FStrings.merge(pieces, span, span));
        }
        StringBuilder text = new StringBuilder();
        for (Expr e : pieces) {
            text.append((String) ((Constant) e).value());
        }
        return new Constant(span, ConstKind.STR, text.toString());
    }

    final SyntaxError errorAfter(Token last, String message) {
        return error(message, front.token(last.getTokenIndex() + 1));
    }

    /** One string token taken apart: its prefix flags and the text between its quotes. */
    record StringPiece(boolean raw, boolean bytes, boolean f, String body, int line, int col) {
        static StringPiece of(Token t) {
            String text = t.getText();
            int q = 0;
            boolean raw = false;
            boolean bytes = false;
            boolean f = false;
            for (; text.charAt(q) != '\'' && text.charAt(q) != '"'; q++) {
                char p = Character.toLowerCase(text.charAt(q));
                raw |= p == 'r';
                bytes |= p == 'b';
                f |= p == 'f';
            }
            char quote = text.charAt(q);
            int quotes = text.length() - q >= 6 && text.charAt(q + 1) == quote
                    && text.charAt(q + 2) == quote ? 3 : 1;
            String body = text.substring(q + quotes, text.length() - quotes);
            return new StringPiece(raw, bytes, f, body, t.getLine(),
                    t.getCharPositionInLine() + q + quotes);
        }
    }
}
