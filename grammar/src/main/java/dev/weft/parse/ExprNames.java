// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Expr;

/** How CPython's messages name each kind of expression ("function call", "literal", ...). */
final class ExprNames implements Expr.Visitor<String> {
    static final ExprNames INSTANCE = new ExprNames();

    private ExprNames() {}

    @Override public String visitName(Expr.Name e) { return "name"; }
    @Override public String visitConstant(Expr.Constant e) { return "literal"; }
    @Override public String visitJoinedStr(Expr.JoinedStr e) { return "f-string expression"; }
    @Override public String visitFormattedValue(Expr.FormattedValue e) {
        return "f-string expression";
    }
    @Override public String visitBinOp(Expr.BinOp e) { return "expression"; }
    @Override public String visitUnaryOp(Expr.UnaryOp e) { return "expression"; }
    @Override public String visitBoolOp(Expr.BoolOp e) { return "expression"; }
    @Override public String visitCompare(Expr.Compare e) { return "comparison"; }
    @Override public String visitCall(Expr.Call e) { return "function call"; }
    @Override public String visitAttribute(Expr.Attribute e) { return "attribute"; }
    @Override public String visitSubscript(Expr.Subscript e) { return "subscript"; }
    @Override public String visitSlice(Expr.Slice e) { return "slice"; }
    @Override public String visitStarred(Expr.Starred e) { return "starred"; }
    @Override public String visitList(Expr.ListDisplay e) { return "list"; }
    @Override public String visitTuple(Expr.Tuple e) { return "tuple"; }
    @Override public String visitSet(Expr.SetDisplay e) { return "set display"; }
    @Override public String visitDict(Expr.DictDisplay e) { return "dict literal"; }
    @Override public String visitListComp(Expr.ListComp e) { return "list comprehension"; }
    @Override public String visitSetComp(Expr.SetComp e) { return "set comprehension"; }
    @Override public String visitDictComp(Expr.DictComp e) { return "dict comprehension"; }
    @Override public String visitGeneratorExp(Expr.GeneratorExp e) {
        return "generator expression";
    }
    @Override public String visitLambda(Expr.Lambda e) { return "lambda"; }
    @Override public String visitIfExp(Expr.IfExp e) { return "conditional expression"; }
    @Override public String visitYield(Expr.Yield e) { return "yield expression"; }
    @Override public String visitYieldFrom(Expr.YieldFrom e) { return "yield expression"; }
    @Override public String visitAwait(Expr.Await e) { return "await expression"; }
    @Override public String visitSpawn(Expr.Spawn e) { return "spawn expression"; }
    @Override public String visitNamedExpr(Expr.NamedExpr e) { return "named expression"; }
}
