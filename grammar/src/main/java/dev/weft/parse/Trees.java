// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.grammar.WeftParser.AtomExprContext;
import dev.weft.grammar.WeftParser.ComparisonContext;
import dev.weft.grammar.WeftParser.ConjunctionContext;
import dev.weft.grammar.WeftParser.DisjunctionContext;
import dev.weft.grammar.WeftParser.ExprContext;
import dev.weft.grammar.WeftParser.FalseAtomContext;
import dev.weft.grammar.WeftParser.InversionContext;
import dev.weft.grammar.WeftParser.ListAtomContext;
import dev.weft.grammar.WeftParser.NameAtomContext;
import dev.weft.grammar.WeftParser.NoneAtomContext;
import dev.weft.grammar.WeftParser.ParenAtomContext;
import dev.weft.grammar.WeftParser.TestContext;
import dev.weft.grammar.WeftParser.TrueAtomContext;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** Navigation in (possibly partial) parse trees, for error messages. */
final class Trees {
    private Trees() {}

    /**
     * The innermost rule context that ends just before token {@code index}: a completed child of
     * {@code ctx}, else of one of its ancestors. Null when a plain token ends there.
     */
    static ParserRuleContext endingBefore(ParserRuleContext ctx, int index) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            for (int i = c.getChildCount() - 1; i >= 0; i--) {
                ParseTree child = c.getChild(i);
                if (child instanceof ParserRuleContext) {
                    ParserRuleContext r = (ParserRuleContext) child;
                    if (endsAt(r, index - 1)) {
                        return r;
                    }
                } else if (child.getSourceInterval().b == index - 1) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean endsAt(ParserRuleContext r, int index) {
        return r.getStop() != null && r.getStop().getTokenIndex() == index
                && r.getStart().getTokenIndex() <= index;
    }

    /** The outermost context of {@code type} found going down the right edge of {@code top}. */
    static <T extends ParserRuleContext> T descend(ParserRuleContext top, Class<T> type,
            int index) {
        return descend(top, type, index, false);
    }

    /**
     * As {@link #descend}, but giving up on entering the else branch of a conditional
     * expression, where CPython's memoised second pass does not suggest a comma.
     */
    static <T extends ParserRuleContext> T descendOutsideElse(ParserRuleContext top,
            Class<T> type, int index) {
        return descend(top, type, index, true);
    }

    private static <T extends ParserRuleContext> T descend(ParserRuleContext top, Class<T> type,
            int index, boolean stopAtElse) {
        ParserRuleContext c = top;
        while (c != null) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (stopAtElse && c instanceof TestContext && ((TestContext) c).ELSE() != null) {
                return null;
            }
            ParserRuleContext next = null;
            for (int i = c.getChildCount() - 1; i >= 0 && next == null; i--) {
                ParseTree child = c.getChild(i);
                if (child instanceof ParserRuleContext && endsAt((ParserRuleContext) child,
                        index - 1)) {
                    next = (ParserRuleContext) child;
                }
            }
            c = next;
        }
        return null;
    }

    /** The bitwise_or-level operand a test consists of, or null if it has more to it. */
    static ExprContext bitwiseOr(TestContext t) {
        if (t == null || t.lambdef() != null || t.IF() != null) {
            return null;
        }
        return bitwiseOr(t.disjunction(0));
    }

    static ExprContext bitwiseOr(DisjunctionContext d) {
        if (d.conjunction().size() != 1) {
            return null;
        }
        ConjunctionContext c = d.conjunction(0);
        if (c.inversion().size() != 1) {
            return null;
        }
        InversionContext inv = c.inversion(0);
        ComparisonContext cmp = inv.comparison();
        if (inv.NOT() != null || cmp == null || cmp.expr().size() != 1) {
            return null;
        }
        return cmp.expr(0);
    }

    static boolean isName(ExprContext e) {
        return e instanceof AtomExprContext
                && ((AtomExprContext) e).atom() instanceof NameAtomContext;
    }

    /** The identifier a disjunction consists of, or null. */
    static String bareName(DisjunctionContext d) {
        ExprContext e = bitwiseOr(d);
        return e != null && isName(e) ? e.getText() : null;
    }

    /**
     * Whether the expression starts with a list display, a parenthesised tuple or generator, or
     * True/None/False: CPython's "cannot assign ... here" rule skips those.
     */
    static boolean isDisplayOrKeywordConstant(ExprContext e) {
        ExprContext c = e;
        while (!(c instanceof AtomExprContext)) {
            if (c.getChildCount() == 0 || !(c.getChild(0) instanceof ExprContext)) {
                return false;
            }
            c = (ExprContext) c.getChild(0);
        }
        ParserRuleContext atom = ((AtomExprContext) c).atom();
        if (atom instanceof ListAtomContext) {
            ListAtomContext list = (ListAtomContext) atom;
            return list.testlist_comp() == null || list.testlist_comp().comp_for().isEmpty();
        }
        if (atom instanceof ParenAtomContext) {
            ParenAtomContext p = (ParenAtomContext) atom;
            return p.testlist_comp() == null
                    || !p.testlist_comp().comp_for().isEmpty()
                    || !p.testlist_comp().COMMA().isEmpty();
        }
        return atom instanceof TrueAtomContext || atom instanceof NoneAtomContext
                || atom instanceof FalseAtomContext;
    }
}
