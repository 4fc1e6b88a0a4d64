// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import dev.weft.ast.Arg;
import dev.weft.ast.Arguments;
import dev.weft.ast.Expr;
import dev.weft.grammar.WeftParser.Lambda_paramContext;
import dev.weft.grammar.WeftParser.Lambda_param_listContext;
import dev.weft.grammar.WeftParser.ParamContext;
import dev.weft.grammar.WeftParser.Param_listContext;
import dev.weft.grammar.WeftParser.TestContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parameter lists of def and lambda. The grammar accepts any sequence of parameters; the order
 * rules (and their messages) are CPython 3.11's invalid_parameters, checked left to right.
 */
final class Parameters {
    /** One parameter as written, whichever rule it came from. */
    private record Param(ParserRuleContext ctx, Token marker, TerminalNode name,
            TestContext annotation, Token assign, TestContext defaultValue) {
        boolean isSlash() { return name == null && marker.getText().equals("/"); }
        boolean isStar() { return marker != null && marker.getText().equals("*"); }
        boolean isDoubleStar() { return marker != null && marker.getText().equals("**"); }
    }

    private final ExprBuilder b;
    /** CPython words some messages differently, or places them elsewhere, for lambda. */
    private final boolean lambda;
    private final List<Arg> posonly = new ArrayList<>();
    private final List<Arg> args = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Arg> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private Arg vararg;
    private Arg kwarg;
    private Param bareStar;
    private boolean slash;
    private boolean star;

    private Parameters(ExprBuilder b, boolean lambda) {
        this.b = b;
        this.lambda = lambda;
    }

    static Arguments function(ExprBuilder b, Param_listContext c) {
        if (c == null) {
            return Arguments.EMPTY;
        }
        List<Param> list = new ArrayList<>();
        for (ParamContext p : c.param()) {
            TestContext annotation = p.COLON() != null ? p.test(0) : null;
            TestContext dflt = p.ASSIGN() != null ? p.test(p.COLON() != null ? 1 : 0) : null;
            list.add(new Param(p, marker(p), p.NAME(), annotation,
                    p.ASSIGN() == null ? null : p.ASSIGN().getSymbol(), dflt));
        }
        return new Parameters(b, false).build(list);
    }

    static Arguments lambda(ExprBuilder b, Lambda_param_listContext c) {
        if (c == null) {
            return Arguments.EMPTY;
        }
        List<Param> list = new ArrayList<>();
        for (Lambda_paramContext p : c.lambda_param()) {
            list.add(new Param(p, marker(p), p.NAME(), null,
                    p.ASSIGN() == null ? null : p.ASSIGN().getSymbol(), p.test()));
        }
        return new Parameters(b, true).build(list);
    }

    /** The `/`, `*` or `**` a parameter starts with, or null. */
    private static Token marker(ParserRuleContext p) {
        Token first = p.getStart();
        String s = first.getText();
        return s.equals("/") || s.equals("*") || s.equals("**") ? first : null;
    }

    private Arguments build(List<Param> list) {
        for (Param p : list) {
            if (kwarg != null) {
                throw b.error("arguments cannot follow var-keyword argument", p.ctx().getStart());
            }
            if (p.isSlash()) {
                slash(p);
            } else if (p.isStar()) {
                star(p);
            } else if (p.isDoubleStar()) {
                if (p.assign() != null) {
                    throw b.error("var-keyword argument cannot have default value", p.assign());
                }
                requireNamedAfterBareStar();
                kwarg = arg(p);
            } else {
                plain(p);
            }
        }
        requireNamedAfterBareStar();
        return new Arguments(List.copyOf(posonly), List.copyOf(args), List.copyOf(defaults),
                vararg, List.copyOf(kwonly), java.util.Collections.unmodifiableList(kwDefaults),
                kwarg);
    }

    private void slash(Param p) {
        if (slash) {
            throw b.error("/ may appear only once", p.marker());
        }
        if (star) {
            throw b.error("/ must be ahead of *", p.marker());
        }
        if (args.isEmpty()) {
            boolean comma = b.front.token(p.marker().getTokenIndex() + 1).getText().equals(",");
            throw b.error(comma ? "at least one argument must precede /" : "invalid syntax",
                    p.marker());
        }
        slash = true;
        posonly.addAll(args);
        args.clear();
    }

    private void star(Param p) {
        if (star) {
            throw b.error("* argument may appear only once", p.marker());
        }
        star = true;
        if (p.name() == null) {
            bareStar = p;
            return;
        }
        if (p.assign() != null) {
            throw b.error("var-positional argument cannot have default value", p.assign());
        }
        vararg = arg(p);
    }

    private void plain(Param p) {
        Arg a = arg(p);
        Expr dflt = p.defaultValue() == null ? null : b.test(p.defaultValue());
        if (star) {
            bareStar = null;
            kwonly.add(a);
            kwDefaults.add(dflt);
            return;
        }
        if (dflt != null) {
            defaults.add(dflt);
        } else if (!defaults.isEmpty()) {
            throw b.error("non-default argument follows default argument", p.ctx().getStart());
        }
        args.add(a);
    }

    /** A bare `*` needs a keyword-only parameter after it. */
    private void requireNamedAfterBareStar() {
        if (bareStar == null) {
            return;
        }
        Token at = bareStar.marker();
        if (lambda) {
            // CPython's lambda rule reports at the token it stopped on, past `*` and `,`
            int i = at.getTokenIndex() + 1;
            while (b.front.token(i).getText().equals(",")) {
                i++;
            }
            at = b.front.token(i);
        }
        throw b.error("named arguments must follow bare *", at);
    }

    private Arg arg(Param p) {
        String name = ExprBuilder.identifier(p.name());
        if (!names.add(name)) {
            b.compilerError("duplicate argument '" + name + "' in function definition",
                    Spans.of(p.name()));
        }
        Expr annotation = p.annotation() == null ? null : b.test(p.annotation());
        return new Arg(annotation == null ? Spans.of(p.name())
                : Spans.from(p.name().getSymbol(), annotation.span()), name, annotation);
    }
}
