// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Comprehension;
import dev.weft.ast.Expr;
import dev.weft.ast.Expr.Attribute;
import dev.weft.ast.Expr.Await;
import dev.weft.ast.Expr.BinOp;
import dev.weft.ast.Expr.BoolOp;
import dev.weft.ast.Expr.Call;
import dev.weft.ast.Expr.Compare;
import dev.weft.ast.Expr.ConstKind;
import dev.weft.ast.Expr.Constant;
import dev.weft.ast.Expr.IfExp;
import dev.weft.ast.Expr.Lambda;
import dev.weft.ast.Expr.Name;
import dev.weft.ast.Expr.NamedExpr;
import dev.weft.ast.Expr.Spawn;
import dev.weft.ast.Expr.Starred;
import dev.weft.ast.Expr.Tuple;
import dev.weft.ast.Expr.UnaryOp;
import dev.weft.ast.Expr.Yield;
import dev.weft.ast.Expr.YieldFrom;
import dev.weft.ast.Operators.BinaryOperator;
import dev.weft.ast.Operators.BoolOperator;
import dev.weft.ast.Operators.CompareOperator;
import dev.weft.ast.Operators.UnaryOperator;
import dev.weft.ast.Span;
import dev.weft.grammar.WeftParser;
import dev.weft.grammar.WeftParser.*;
import dev.weft.grammar.WeftParserBaseVisitor;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Expressions from the parse tree: operators, lambdas, yields, comprehensions and targets. The
 * atoms (displays, literals) are in {@link AtomBuilder}; statements in {@link AstBuilder}.
 * Each method takes the rule context it is named after and returns the AST record.
 */
abstract class ExprBuilder extends WeftParserBaseVisitor<Object> {
    final Frontend front;
    /** The first error of the compiler's stage, reported only if the whole input parses. */
    private SyntaxError compilerError;
    /** Nodes written inside their own parentheses (the AST has no node for a group). */
    private final Set<Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());

    ExprBuilder(Frontend front) {
        this.front = front;
    }

    final boolean isParenthesized(Expr e) {
        return parenthesized.contains(e);
    }

    final <T extends Expr> T markParenthesized(T e) {
        parenthesized.add(e);
        return e;
    }

    final SyntaxError error(String message, Span at) {
        return front.error(message, at.line(), at.col());
    }

    final SyntaxError error(String message, Token at) {
        return front.error(message, at.getLine(), at.getCharPositionInLine());
    }

    /**
     * Records an error CPython's compiler (not its parser) reports: it only counts once the
     * whole input has parsed, so the first one is thrown by {@link #throwCompilerError}.
     */
    final void compilerError(String message, Span at) {
        if (compilerError == null) {
            compilerError = error(message, at);
        }
    }

    /** Throws the first compiler-stage error, if any; call when the whole input is built. */
    final void throwCompilerError() {
        if (compilerError != null) {
            throw compilerError;
        }
    }

    /** The compiler's rule: a starred expression alone is not a value. */
    final void noBareStar(Expr value) {
        if (value instanceof Starred) {
            compilerError("can't use starred expression here", value.span());
        }
    }

    // ---- the expression ladder ----------------------------------------------------------------

    final Expr expr(ExprContext c) {
        return (Expr) c.accept(this);
    }

    final Expr test(TestContext c) {
        if (c.lambdef() != null) {
            return lambda(c.lambdef());
        }
        Expr body = disjunction(c.disjunction(0));
        if (c.IF() == null) {
            return body;
        }
        return new IfExp(Spans.of(c), disjunction(c.disjunction(1)), body, test(c.test()));
    }

    final Expr namedExpr(Namedexpr_testContext c) {
        Expr target = test(c.test(0));
        if (c.WALRUS() == null) {
            return target;
        }
        if (!(target instanceof Name) || isParenthesized(target)) {
            throw error("cannot use assignment expressions with " + Targets.exprName(target),
                    target.span());
        }
        return new NamedExpr(Spans.of(c), (Name) target, test(c.test(1)));
    }

    final Expr disjunction(DisjunctionContext c) {
        if (c.conjunction().size() == 1) {
            return conjunction(c.conjunction(0));
        }
        List<Expr> values = new ArrayList<>();
        for (ConjunctionContext x : c.conjunction()) {
            values.add(conjunction(x));
        }
        return new BoolOp(Spans.of(c), BoolOperator.OR, values);
    }

    private Expr conjunction(ConjunctionContext c) {
        if (c.inversion().size() == 1) {
            return inversion(c.inversion(0));
        }
        List<Expr> values = new ArrayList<>();
        for (InversionContext x : c.inversion()) {
            values.add(inversion(x));
        }
        return new BoolOp(Spans.of(c), BoolOperator.AND, values);
    }

    private Expr inversion(InversionContext c) {
        if (c.NOT() == null) {
            return comparison(c.comparison());
        }
        return new UnaryOp(Spans.of(c), UnaryOperator.NOT, inversion(c.inversion()));
    }

    private Expr comparison(ComparisonContext c) {
        Expr left = expr(c.expr(0));
        if (c.comp_op().isEmpty()) {
            return left;
        }
        List<CompareOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 0; i < c.comp_op().size(); i++) {
            ops.add(compareOperator(c.comp_op(i)));
            comparators.add(expr(c.expr(i + 1)));
        }
        return new Compare(Spans.of(c), left, ops, comparators);
    }

    private static CompareOperator compareOperator(Comp_opContext c) {
        switch (c.getStart().getType()) {
            case WeftParser.LT: return CompareOperator.LT;
            case WeftParser.GT: return CompareOperator.GT;
            case WeftParser.EQEQUAL: return CompareOperator.EQ;
            case WeftParser.GE: return CompareOperator.GE;
            case WeftParser.LE: return CompareOperator.LE;
            case WeftParser.NOTEQUAL: return CompareOperator.NE;
            case WeftParser.IN: return CompareOperator.IN;
            case WeftParser.NOT: return CompareOperator.NOT_IN;
            default: return c.NOT() != null ? CompareOperator.IS_NOT : CompareOperator.IS;
        }
    }

    // ---- bitwise_or down to primary (the labelled alternatives of `expr`) --------------------

    @Override
    public Expr visitAttribute(AttributeContext c) {
        return new Attribute(Spans.of(c), expr(c.expr()), identifier(c.NAME()));
    }

    @Override
    public Expr visitCall(CallContext c) {
        CallArgs a = CallArgs.of(this, c.arglist(), false);
        return new Call(Spans.of(c), expr(c.expr()), a.args(), a.keywords());
    }

    /** `await spawn f()` awaits the new task: Python has no reading for it to clash with. */
    @Override
    public Expr visitAwait(AwaitContext c) {
        if (c.expr() instanceof SpawnContext s) {
            return new Await(Spans.of(c), visitSpawn(s));
        }
        return new Await(Spans.of(c), primaryOperand(c.expr()));
    }

    @Override
    public Expr visitSpawn(SpawnContext c) {
        return new Spawn(Spans.of(c), primaryOperand(c.expr()));
    }

    /** await and spawn take a primary: `await -x` is invalid, as in CPython. */
    private Expr primaryOperand(ExprContext c) {
        if (c instanceof UnaryContext || c instanceof AwaitContext || c instanceof SpawnContext) {
            throw error("invalid syntax", c.getStart());
        }
        return expr(c);
    }

    @Override
    public Expr visitPower(PowerContext c) {
        return new BinOp(Spans.of(c), expr(c.expr(0)), BinaryOperator.POW, expr(c.expr(1)));
    }

    @Override
    public Expr visitUnary(UnaryContext c) {
        UnaryOperator op = c.op.getType() == WeftParser.PLUS ? UnaryOperator.POS
                : c.op.getType() == WeftParser.MINUS ? UnaryOperator.NEG : UnaryOperator.INVERT;
        return new UnaryOp(Spans.of(c), op, expr(c.expr()));
    }

    @Override
    public Expr visitTerm(TermContext c) {
        return binary(c, c.expr(0), c.op, c.expr(1));
    }

    @Override
    public Expr visitSum(SumContext c) {
        return binary(c, c.expr(0), c.op, c.expr(1));
    }

    @Override
    public Expr visitShift(ShiftContext c) {
        return binary(c, c.expr(0), c.op, c.expr(1));
    }

    @Override
    public Expr visitBitand(BitandContext c) {
        return binary(c, c.expr(0), c.AMPER().getSymbol(), c.expr(1));
    }

    @Override
    public Expr visitBitxor(BitxorContext c) {
        return binary(c, c.expr(0), c.CIRCUMFLEX().getSymbol(), c.expr(1));
    }

    @Override
    public Expr visitBitor(BitorContext c) {
        return binary(c, c.expr(0), c.VBAR().getSymbol(), c.expr(1));
    }

    private Expr binary(ParserRuleContext c, ExprContext left, Token op, ExprContext right) {
        return new BinOp(Spans.of(c), expr(left), binaryOperator(op.getText()), expr(right));
    }

    /** The operator spelled {@code symbol}, or the one an augmented assignment spells. */
    static BinaryOperator binaryOperator(String symbol) {
        String s = symbol.endsWith("=") ? symbol.substring(0, symbol.length() - 1) : symbol;
        for (BinaryOperator op : BinaryOperator.values()) {
            if (op.symbol.equals(s)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    @Override
    public Expr visitAtomExpr(AtomExprContext c) {
        return (Expr) c.atom().accept(this);
    }

    /** An identifier, NFKC-normalised as Python does for non-ASCII names. */
    static String identifier(TerminalNode n) {
        String id = n.getText();
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) > 0x7f) {
                return Normalizer.normalize(id, Normalizer.Form.NFKC);
            }
        }
        return id;
    }

    final Name name(TerminalNode n) {
        return new Name(Spans.of(n), identifier(n));
    }

    // ---- lists of expressions ---------------------------------------------------------------

    /** A comma list is a tuple; a single element without a comma is just itself. */
    final Expr tupleOrSingle(ParserRuleContext c, List<Expr> elts, boolean comma) {
        return comma ? new Tuple(Spans.of(c), elts) : elts.get(0);
    }

    final Expr starExpressions(Star_expressionsContext c) {
        List<Expr> elts = new ArrayList<>();
        for (Star_expressionContext x : c.star_expression()) {
            elts.add(x.STAR() != null ? new Starred(Spans.of(x), expr(x.expr())) : test(x.test()));
        }
        return tupleOrSingle(c, elts, !c.COMMA().isEmpty());
    }

    final Expr starNamed(Star_named_expressionContext c) {
        return c.STAR() != null ? new Starred(Spans.of(c), expr(c.expr()))
                : namedExpr(c.namedexpr_test());
    }

    final List<Expr> starNamedList(List<Star_named_expressionContext> list) {
        List<Expr> elts = new ArrayList<>(list.size());
        for (Star_named_expressionContext x : list) {
            elts.add(starNamed(x));
        }
        return elts;
    }

    final Expr expressions(ExpressionsContext c) {
        List<Expr> elts = new ArrayList<>();
        for (TestContext t : c.test()) {
            elts.add(test(t));
        }
        return tupleOrSingle(c, elts, !c.COMMA().isEmpty());
    }

    final Expr assignValue(Assign_valueContext c) {
        return c.yield_expr() != null ? yieldExpr(c.yield_expr())
                : starExpressions(c.star_expressions());
    }

    final Expr yieldExpr(Yield_exprContext c) {
        if (c.FROM() != null) {
            return new YieldFrom(Spans.of(c), test(c.test()));
        }
        Expr value = c.star_expressions() == null ? null : starExpressions(c.star_expressions());
        return new Yield(Spans.of(c), value);
    }

    /** for/del/comprehension targets: a tuple when there is a comma. */
    final Expr targetList(Target_listContext c) {
        List<Expr> elts = new ArrayList<>();
        for (Star_targetContext t : c.star_target()) {
            elts.add(starTarget(t));
        }
        return tupleOrSingle(c, elts, !c.COMMA().isEmpty());
    }

    final Expr starTarget(Star_targetContext c) {
        return c.STAR() != null ? new Starred(Spans.of(c), expr(c.expr())) : expr(c.expr());
    }

    // ---- lambda and comprehensions ---------------------------------------------------

    private Expr lambda(LambdefContext c) {
        dev.weft.ast.Arguments args = Parameters.lambda(this, c.lambda_param_list());
        return new Lambda(Spans.of(c), args, test(c.test()));
    }

    final List<Comprehension> comprehensions(List<Comp_forContext> clauses) {
        List<Comprehension> out = new ArrayList<>(clauses.size());
        for (Comp_forContext f : clauses) {
            Expr target = targetList(f.target_list());
            Targets.checkFor(this, target);
            Expr iter = disjunction(f.disjunction(0));
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < f.disjunction().size(); i++) {
                ifs.add(disjunction(f.disjunction(i)));
            }
            out.add(new Comprehension(target, iter, ifs, f.ASYNC() != null));
        }
        return out;
    }

    /** A comprehension's element may not be starred. */
    final Expr element(Expr e) {
        if (e instanceof Starred) {
            throw error("iterable unpacking cannot be used in comprehension", e.span());
        }
        return e;
    }

    /** A literal of a keyword constant. */
    static Constant constant(Token t, ConstKind kind) {
        return new Constant(Spans.of(t), kind, null);
    }
}
