// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;
import dev.weft.grammar.WeftParser;
import dev.weft.grammar.WeftParser.DisjunctionContext;
import dev.weft.grammar.WeftParser.Namedexpr_testContext;
import dev.weft.grammar.WeftParser.TestContext;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The expression-level mistakes CPython's second pass names (its invalid_ rules): a missing
 * comma or else, '=' for '==', a misplaced ':=', a dict item without its ':' or value. Each
 * check looks at the failure {@link Diagnoser} found and returns null when it does not apply.
 */
final class Mistakes {
    private final Diagnoser d;
    private final Frontend front;
    private final Token at;
    private final ParserRuleContext ctx;

    Mistakes(Diagnoser d) {
        this.d = d;
        this.front = d.front;
        this.at = d.at;
        this.ctx = d.ctx;
    }

    /** The first mistake that applies, or null. */
    SyntaxError find() {
        int type = at.getType();
        SyntaxError found = missingDefault();
        if (found == null) {
            found = conditionalWithoutElse();
        }
        if (found == null) {
            found = dictionaryItem();
        }
        if (found == null) {
            found = annotationWithoutTarget();
        }
        if (found == null && type == WeftParser.ASSIGN) {
            found = assignmentInExpression();
        }
        if (found == null && type == WeftParser.WALRUS) {
            found = walrusStatement();
        }
        if (found == null && Tokens.startsExpression(type)) {
            found = missingComma();
        }
        if (found == null && type == WeftParser.NAME) {
            found = assignmentInTuple();
        }
        return found;
    }

    /** {@code def f(a=)}: '=' right before ',' or ')' in a parameter list. */
    private SyntaxError missingDefault() {
        Token before = front.token(at.getTokenIndex() - 1);
        boolean inParams = d.enclosing(WeftParser.ParamContext.class) != null
                || d.enclosing(WeftParser.Lambda_paramContext.class) != null
                || d.enclosing(WeftParser.Param_listContext.class) != null
                || d.enclosing(WeftParser.Lambda_param_listContext.class) != null;
        if (!inParams || before.getType() != WeftParser.ASSIGN
                || at.getType() != WeftParser.COMMA && at.getType() != WeftParser.RPAR) {
            return null;
        }
        return d.errorAt("expected default value expression", before);
    }

    /**
     * {@code a, b c = 1}: after a tuple's comma, CPython's second pass reads {@code c = 1} as
     * a named expression written with '='.
     */
    private SyntaxError assignmentInTuple() {
        WeftParser.Star_expressionsContext list =
                d.enclosing(WeftParser.Star_expressionsContext.class);
        if (list == null) {
            list = Trees.descend(Trees.endingBefore(ctx, at.getTokenIndex()),
                    WeftParser.Star_expressionsContext.class, at.getTokenIndex());
        }
        Token next = front.token(at.getTokenIndex() + 1);
        Token after = front.token(at.getTokenIndex() + 2);
        if (list == null || list.COMMA().isEmpty() || next.getType() != WeftParser.ASSIGN
                || !Tokens.startsExpression(after.getType())
                || Tokens.bracketDepth(front, at.getTokenIndex()) > 0) {
            return null;
        }
        return d.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at);
    }

    /** {@code 5 if y} with nothing after the condition. */
    private SyntaxError conditionalWithoutElse() {
        TestContext test = d.enclosing(TestContext.class);
        if (test == null || test.IF() == null || test.ELSE() != null
                || test.disjunction().size() < 2 || at.getType() == WeftParser.COLON
                || !d.endsBefore(test.disjunction(1))) {
            return null;
        }
        return d.errorAt("expected 'else' after 'if' expression", test.getStart());
    }

    /** A dict display's item that lacks its ':' or its value (CPython's invalid_kvpair). */
    private SyntaxError dictionaryItem() {
        WeftParser.Dict_or_set_itemContext item =
                d.enclosing(WeftParser.Dict_or_set_itemContext.class);
        if (item != null && item.COLON() != null && d.endsBefore(item.COLON())) {
            if (at.getType() == WeftParser.STAR) {
                return d.errorAt("cannot use a starred expression in a dictionary value", at);
            }
            if (at.getType() == WeftParser.RBRACE || at.getType() == WeftParser.COMMA) {
                return d.errorAt("expression expected after dictionary key and ':'",
                        item.COLON().getSymbol());
            }
            return null;
        }
        WeftParser.Dict_or_setContext dict = d.enclosing(WeftParser.Dict_or_setContext.class);
        if (dict == null) {
            dict = Trees.descend(Trees.endingBefore(ctx, at.getTokenIndex()),
                    WeftParser.Dict_or_setContext.class, at.getTokenIndex());
        }
        if (dict == null || !Tokens.startsExpression(at.getType())) {
            return null;
        }
        List<WeftParser.Dict_or_set_itemContext> items = dict.dict_or_set_item();
        WeftParser.Dict_or_set_itemContext last = items.get(items.size() - 1);
        boolean isDict = items.get(0).COLON() != null || items.get(0).POWER() != null;
        if (!isDict || items.size() < 2 || !d.endsBefore(last) || last.COLON() != null
                || last.POWER() != null) {
            return null;
        }
        Expr key = new AstBuilder(front).starNamed(last.star_named_expression());
        return front.error("':' expected after dictionary key", key.span().endLine(),
                key.span().endCol() - 1);
    }

    /** {@code f():} with nothing after: CPython only reads an annotation after a target. */
    private SyntaxError annotationWithoutTarget() {
        WeftParser.AnnotationContext a = d.enclosing(WeftParser.AnnotationContext.class);
        if (a == null || !d.endsBefore(a.COLON())
                || !(a.getParent() instanceof WeftParser.Expr_stmtContext)) {
            return null;
        }
        WeftParser.Expr_stmtContext stmt = (WeftParser.Expr_stmtContext) a.getParent();
        Expr target = new AstBuilder(front).assignValue(stmt.assign_value(0));
        boolean single = target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript;
        return single ? null : d.errorAt("invalid syntax", a.COLON().getSymbol());
    }

    /** {@code if x = 1:} and {@code [x = 1]}: '=' where a named expression ended. */
    private SyntaxError assignmentInExpression() {
        ParserRuleContext lhs = Trees.endingBefore(ctx, at.getTokenIndex());
        Namedexpr_testContext named = Trees.descend(lhs, Namedexpr_testContext.class,
                at.getTokenIndex());
        if (named == null || named.WALRUS() != null) {
            return null;
        }
        Token next = front.token(at.getTokenIndex() + 1);
        if (!Tokens.startsExpression(next.getType())) {
            return null;
        }
        WeftParser.ExprContext operand = Trees.bitwiseOr(named.test(0));
        if (operand == null) {
            return null;
        }
        d.readsOnFrom = next;
        if (Trees.isName(operand)) {
            return d.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    named.getStart());
        }
        if (Trees.isDisplayOrKeywordConstant(operand)) {
            return null;
        }
        String name = Targets.exprName(new AstBuilder(front).expr(operand));
        return d.errorAt("cannot assign to " + name + " here. Maybe you meant '==' instead of '='?",
                named.getStart());
    }

    /** {@code a.b := 1} as a statement: CPython names what cannot be assigned. */
    private SyntaxError walrusStatement() {
        ParserRuleContext before = Trees.endingBefore(ctx, at.getTokenIndex());
        WeftParser.Expr_stmtContext stmt = d.enclosing(WeftParser.Expr_stmtContext.class);
        if (stmt == null) {
            stmt = Trees.descend(before, WeftParser.Expr_stmtContext.class, at.getTokenIndex());
        }
        TestContext lhs = Trees.descend(before, TestContext.class, at.getTokenIndex());
        if (stmt == null || lhs == null || lhs.getStart() != stmt.getStart()) {
            return null;
        }
        WeftParser.ExprContext operand = Trees.bitwiseOr(lhs);
        if (operand != null && Trees.isName(operand)) {
            return null;
        }
        Expr target = new AstBuilder(front).test(lhs);
        return front.error("cannot use assignment expressions with " + Targets.exprName(target),
                target.span().line(), target.span().col());
    }

    /** Two expressions side by side: a missing comma inside brackets, or Python 2's print. */
    private SyntaxError missingComma() {
        Token before = front.token(at.getTokenIndex() - 1);
        ParserRuleContext lhs = Trees.endingBefore(ctx, at.getTokenIndex());
        DisjunctionContext a = Trees.descendOutsideElse(lhs, DisjunctionContext.class,
                at.getTokenIndex());
        ParserRuleContext first = a;
        if (a != null && !(a.getParent() instanceof TestContext)) {
            return null; // a comprehension's iterable or condition: CPython has no rule there
        }
        if (a == null) {
            // a comprehension's target, which CPython's invalid_for_target reads as expressions
            WeftParser.Target_listContext targets = Trees.descend(lhs,
                    WeftParser.Target_listContext.class, at.getTokenIndex());
            if (targets == null || !(targets.getParent() instanceof WeftParser.Comp_forContext)) {
                return null;
            }
            first = targets.star_target(targets.star_target().size() - 1);
        }
        d.readsOnFrom = at;
        String name = a == null ? null : Trees.bareName(a);
        if (("print".equals(name) || "exec".equals(name)) && at.getType() != WeftParser.LPAR) {
            return d.errorAt("Missing parentheses in call to '" + name + "'. Did you mean "
                    + name + "(...)?", a.getStart());
        }
        if (Tokens.bracketDepth(front, at.getTokenIndex()) == 0
                || before.getType() == WeftParser.NAME && at.getType() == WeftParser.STRING) {
            return null;
        }
        return d.errorAt("invalid syntax. Perhaps you forgot a comma?", first.getStart());
    }
}
