// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

import dev.weft.ast.Operators.BinaryOperator;
import dev.weft.ast.Operators.BoolOperator;
import dev.weft.ast.Operators.CompareOperator;
import dev.weft.ast.Operators.UnaryOperator;
import java.util.List;

/**
 * Expressions, one immutable record per construct, shaped after CPython's {@code ast} module.
 * Lists are never null (empty instead); optional children are null where the record says so.
 */
public sealed interface Expr {

    Span span();

    <R> R accept(Visitor<R> v);

    /** A plain identifier. */
    record Name(Span span, String id) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    /** The kinds of literal a {@link Constant} holds. */
    enum ConstKind { INT, FLOAT, IMAG, STR, BYTES, TRUE, FALSE, NONE, ELLIPSIS }

    /**
     * A literal. {@code value} is a {@link Long} or {@link java.math.BigInteger} (INT), a
     * {@link Double} (FLOAT, and IMAG's imaginary part), a {@link String} (STR), a {@code byte[]}
     * (BYTES), or null (TRUE, FALSE, NONE, ELLIPSIS).
     */
    record Constant(Span span, ConstKind kind, Object value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitConstant(this); }
    }

    /** An f-string: its parts are STR constants and {@link FormattedValue}s, in order. */
    record JoinedStr(Span span, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitJoinedStr(this); }
    }

    /**
     * One {@code {...}} of an f-string. {@code conversion} is -1 (none), 's', 'r' or 'a';
     * {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Span span, Expr value, int conversion, Expr formatSpec) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitFormattedValue(this); }
    }

    record BinOp(Span span, Expr left, BinaryOperator op, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinOp(this); }
    }

    record UnaryOp(Span span, UnaryOperator op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnaryOp(this); }
    }

    /** {@code a and b and c}: two or more values. */
    record BoolOp(Span span, BoolOperator op, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBoolOp(this); }
    }

    /** {@code left ops[0] comparators[0] ops[1] comparators[1] ...}. */
    record Compare(Span span, Expr left, List<CompareOperator> ops, List<Expr> comparators)
            implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    /** A call; {@code args} may hold {@link Starred}, a keyword with a null name is {@code **x}. */
    record Call(Span span, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    record Attribute(Span span, Expr value, String attr) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAttribute(this); }
    }

    /** {@code value[index]}; a multi-dimensional index is a {@link Tuple}, a slice a {@link Slice}. */
    record Subscript(Span span, Expr value, Expr index) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSubscript(this); }
    }

    /** {@code lower:upper:step}, each part nullable; only inside a subscript. */
    record Slice(Span span, Expr lower, Expr upper, Expr step) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }

    /** {@code *value} in a display, call or assignment target. */
    record Starred(Span span, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitStarred(this); }
    }

    record ListDisplay(Span span, List<Expr> elts) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitList(this); }
    }

    record Tuple(Span span, List<Expr> elts) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    record SetDisplay(Span span, List<Expr> elts) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSet(this); }
    }

    /** A dict display; a null key marks {@code **value}. */
    record DictDisplay(Span span, List<Expr> keys, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDict(this); }
    }

    record ListComp(Span span, Expr elt, List<Comprehension> generators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitListComp(this); }
    }

    record SetComp(Span span, Expr elt, List<Comprehension> generators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSetComp(this); }
    }

    record DictComp(Span span, Expr key, Expr value, List<Comprehension> generators)
            implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDictComp(this); }
    }

    record GeneratorExp(Span span, Expr elt, List<Comprehension> generators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitGeneratorExp(this); }
    }

    record Lambda(Span span, Arguments args, Expr body) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    /** {@code body if test else orelse}. */
    record IfExp(Span span, Expr test, Expr body, Expr orelse) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIfExp(this); }
    }

    /** {@code yield value}; value may be null. */
    record Yield(Span span, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYield(this); }
    }

    record YieldFrom(Span span, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYieldFrom(this); }
    }

    record Await(Span span, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAwait(this); }
    }

    /** Weft's own {@code spawn value}: start a call or coroutine as a new task. */
    record Spawn(Span span, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSpawn(this); }
    }

    /** {@code target := value}. */
    record NamedExpr(Span span, Name target, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNamedExpr(this); }
    }

    /** One visit method per record. */
    interface Visitor<R> {
        R visitName(Name e);
        R visitConstant(Constant e);
        R visitJoinedStr(JoinedStr e);
        R visitFormattedValue(FormattedValue e);
        R visitBinOp(BinOp e);
        R visitUnaryOp(UnaryOp e);
        R visitBoolOp(BoolOp e);
        R visitCompare(Compare e);
        R visitCall(Call e);
        R visitAttribute(Attribute e);
        R visitSubscript(Subscript e);
        R visitSlice(Slice e);
        R visitStarred(Starred e);
        R visitList(ListDisplay e);
        R visitTuple(Tuple e);
        R visitSet(SetDisplay e);
        R visitDict(DictDisplay e);
        R visitListComp(ListComp e);
        R visitSetComp(SetComp e);
        R visitDictComp(DictComp e);
        R visitGeneratorExp(GeneratorExp e);
        R visitLambda(Lambda e);
        R visitIfExp(IfExp e);
        R visitYield(Yield e);
        R visitYieldFrom(YieldFrom e);
        R visitAwait(Await e);
        R visitSpawn(Spawn e);
        R visitNamedExpr(NamedExpr e);
    }
}
