// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Alias;
import dev.weft.ast.Arg;
import dev.weft.ast.Arguments;
import dev.weft.ast.Comprehension;
import dev.weft.ast.ExceptHandler;
import dev.weft.ast.Expr;
import dev.weft.ast.ModuleAst;
import dev.weft.ast.Span;
import dev.weft.ast.Stmt;
import dev.weft.ast.WithItem;
import dev.weft.parse.SyntaxError;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first pass over a module: builds the tree of scopes, recording what each binds, uses and
 * declares, and rejects what CPython's compiler rejects ('return' outside function, nonlocal at
 * module level, ...). {@link ScopeAnalysis} then turns names into symbols and slots.
 */
public final class Resolver extends AstWalker {
    private final ModuleAst module;
    private final boolean interactive;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope scope;
    private int loopDepth;
    private boolean inFinallyOrExcept;
    /** The scope and loop depth of the innermost except* clause body, where break etc. stop. */
    private Scope starScope;
    private int starLoops;
    private static final String IN_EXCEPT_STAR = "'break', 'continue' and 'return' cannot"
            + " appear in an except* block";

    private Resolver(ModuleAst module, boolean interactive) {
        this.module = module;
        this.interactive = interactive;
    }

    /** Resolves every name of {@code module}; scopes are keyed by their AST node. */
    public static Map<Object, Scope> resolve(ModuleAst module, boolean interactive) {
        return resolve(module, interactive, Scope.Kind.MODULE);
    }

    /**
     * Resolves with a chosen kind of top scope: {@link Scope.Kind#CLASS} makes top-level names
     * live in a locals dict apart from the globals, as {@code exec(code, globals, locals)} runs.
     */
    static Map<Object, Scope> resolve(ModuleAst module, boolean interactive,
            Scope.Kind topKind) {
        Resolver r = new Resolver(module, interactive);
        Scope top = new Scope(topKind, "<module>", null);
        r.scopes.put(module, top);
        r.scope = top;
        r.walkBody(module.body());
        ScopeAnalysis.analyze(top, module);
        return r.scopes;
    }

    private SyntaxError error(Span span, String message) {
        return new SyntaxError("SyntaxError", message, module.file(), module.source(), span.line(),
                span.col());
    }

    private Scope enter(Scope.Kind kind, String name, Object node) {
        Scope s = new Scope(kind, name, scope);
        s.privateOwner = kind == Scope.Kind.CLASS ? name : scope.privateOwner;
        scopes.put(node, s);
        scope = s;
        return s;
    }

    private void bind(String name) {
        scope.bound.add(scope.mangle(name));
    }

    private void use(String name) {
        scope.used.add(scope.mangle(name));
    }

    /** Marks the names a target binds; attribute and subscript targets are loads. */
    private void bindTarget(Expr target) {
        if (target instanceof Expr.Name n) {
            bind(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::bindTarget);
        } else if (target instanceof Expr.ListDisplay l) {
            l.elts().forEach(this::bindTarget);
        } else if (target instanceof Expr.Starred s) {
            bindTarget(s.value());
        } else {
            walk(target);
        }
    }

    @Override
    protected void capture(String name) {
        if (name != null) {
            bind(name);
        }
    }

    // ---- names ------------------------------------------------------------------------------

    @Override
    public Void visitName(Expr.Name e) {
        use(e.id());
        if (e.id().equals("super") || e.id().equals("__class__")) {
            scope.usesClassCell |= scope.isFunctionLike();
        }
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        for (String written : s.names()) {
            String name = scope.mangle(written);
            if (scope.params.contains(name)) {
                throw error(s.span(), "name '" + name + "' is parameter and global");
            }
            if (scope.declaredNonlocal.containsKey(name)) {
                throw error(scope.declaredNonlocal.get(name), "name '" + name
                        + "' is nonlocal and global");
            }
            if (scope.used.contains(name)) {
                throw error(s.span(), "name '" + name + "' is used prior to global declaration");
            }
            if (scope.bound.contains(name)) {
                throw error(s.span(), "name '" + name
                        + "' is assigned to before global declaration");
            }
            scope.declaredGlobal.put(name, s.span());
        }
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        if (scope.kind == Scope.Kind.MODULE) {
            throw error(s.span(), "nonlocal declaration not allowed at module level");
        }
        for (String written : s.names()) {
            String name = scope.mangle(written);
            if (scope.params.contains(name)) {
                throw error(s.span(), "name '" + name + "' is parameter and nonlocal");
            }
            if (scope.declaredGlobal.containsKey(name)) {
                throw error(scope.declaredGlobal.get(name), "name '" + name
                        + "' is nonlocal and global");
            }
            if (scope.used.contains(name)) {
                throw error(s.span(), "name '" + name + "' is used prior to nonlocal declaration");
            }
            if (scope.bound.contains(name)) {
                throw error(s.span(), "name '" + name
                        + "' is assigned to before nonlocal declaration");
            }
            scope.declaredNonlocal.put(name, s.span());
        }
        return null;
    }

    // ---- binding statements -----------------------------------------------------------------

    @Override
    public Void visitAssign(Stmt.Assign s) {
        walk(s.value());
        s.targets().forEach(this::bindTarget);
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        walk(s.value());
        if (s.target() instanceof Expr.Name n) {
            use(n.id());
            bind(n.id());
        } else {
            walk(s.target());
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        walk(s.value());
        if (scope.kind == Scope.Kind.MODULE || scope.kind == Scope.Kind.CLASS) {
            walk(s.annotation());
        }
        if (s.target() instanceof Expr.Name n) {
            bind(n.id());
        } else {
            walk(s.target());
        }
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        s.targets().forEach(this::bindTarget);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        if (s.isAsync()) {
            checkAwaitAllowed(s.span(), "'async for' outside async function");
        }
        walk(s.iter());
        bindTarget(s.target());
        loop(s.body());
        walkBody(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        walk(s.test());
        loop(s.body());
        walkBody(s.orelse());
        return null;
    }

    private void loop(List<Stmt> body) {
        loopDepth++;
        walkBody(body);
        loopDepth--;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        if (s.isAsync()) {
            checkAwaitAllowed(s.span(), "'async with' outside async function");
        }
        for (WithItem i : s.items()) {
            walk(i.context());
            if (i.target() != null) {
                bindTarget(i.target());
            }
        }
        walkBody(s.body());
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        walkBody(s.body());
        for (ExceptHandler h : s.handlers()) {
            walk(h.type());
            if (h.name() != null) {
                bind(h.name());
            }
            Scope outerScope = starScope;
            int outerLoops = starLoops;
            if (s.star()) {
                starScope = scope;
                starLoops = loopDepth;
            }
            walkBody(h.body());
            starScope = outerScope;
            starLoops = outerLoops;
        }
        walkBody(s.orelse());
        walkBody(s.finalbody());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            bind(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        for (Alias a : s.names()) {
            if (a.name().equals("*")) {
                if (scope.kind != Scope.Kind.MODULE) {
                    throw error(s.span(), "import * only allowed at module level");
                }
                continue;
            }
            bind(a.asname() != null ? a.asname() : a.name());
        }
        return null;
    }

    // ---- control flow checks ----------------------------------------------------------------

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (!scope.isFunctionLike() || scope.kind == Scope.Kind.COMPREHENSION) {
            throw error(s.span(), "'return' outside function");
        }
        if (starScope == scope) {
            // CPython points at a constant returned on the statement's line, else the statement.
            Expr v = s.value();
            boolean atValue = v instanceof Expr.Constant && v.span().line() == s.span().line();
            throw error(atValue ? v.span() : s.span(), IN_EXCEPT_STAR);
        }
        if (s.value() != null && scope.isAsync && scope.isGenerator) {
            throw error(s.span(), "'return' with value in async generator");
        }
        walk(s.value());
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        if (starScope == scope && starLoops == loopDepth) {
            throw error(s.span(), IN_EXCEPT_STAR);
        }
        if (loopDepth == 0) {
            throw error(s.span(), "'break' outside loop");
        }
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        if (starScope == scope && starLoops == loopDepth) {
            throw error(s.span(), IN_EXCEPT_STAR);
        }
        if (loopDepth == 0) {
            throw error(s.span(), "'continue' not properly in loop");
        }
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        markYield(e.span());
        walk(e.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        markYield(e.span());
        if (scope.isAsync) {
            throw error(e.span(), "'yield from' inside async function");
        }
        walk(e.value());
        return null;
    }

    private void markYield(Span span) {
        if (scope.kind == Scope.Kind.COMPREHENSION) {
            throw error(span, "'yield' inside " + scope.name.substring(1, scope.name.length() - 1)
                    .replace("listcomp", "list comprehension")
                    .replace("setcomp", "set comprehension")
                    .replace("dictcomp", "dict comprehension")
                    .replace("genexpr", "generator expression"));
        }
        if (!scope.isFunctionLike()) {
            throw error(span, "'yield' outside function");
        }
        scope.isGenerator = true;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        checkAwaitAllowed(e.span(), null);
        if (scope.kind == Scope.Kind.COMPREHENSION) {
            scope.isAsync = true;
        }
        walk(e.value());
        return null;
    }

    /** await is legal in async functions, their comprehensions, and at top level (Weft). */
    private void checkAwaitAllowed(Span span, String message) {
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.COMPREHENSION) {
                continue;
            }
            if (s.kind == Scope.Kind.FUNCTION) {
                if (!s.isAsync) {
                    throw error(span, message != null ? message : "'await' outside async function");
                }
                return;
            }
            if (s.kind == Scope.Kind.MODULE || s.kind == Scope.Kind.CLASS) {
                return;
            }
        }
    }

    // ---- new scopes -------------------------------------------------------------------------

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        walkExprs(s.decorators());
        walkArgumentDefaults(s.args());
        walk(s.returns());
        bind(s.name());
        Scope outer = scope;
        int outerLoops = loopDepth;
        Scope fn = enter(Scope.Kind.FUNCTION, s.name(), s);
        fn.isAsync = s.isAsync();
        declareParams(s.args(), s.span());
        loopDepth = 0;
        walkBody(s.body());
        checkAsyncGeneratorReturns(fn, s);
        scope = outer;
        loopDepth = outerLoops;
        return null;
    }

    private void checkAsyncGeneratorReturns(Scope fn, Stmt.FunctionDef s) {
        if (!(fn.isAsync && fn.isGenerator)) {
            return;
        }
        new AstWalker() {
            @Override
            public Void visitReturn(Stmt.Return r) {
                if (r.value() != null) {
                    throw error(r.span(), "'return' with value in async generator");
                }
                return null;
            }

            @Override
            public Void visitFunctionDef(Stmt.FunctionDef inner) {
                return null;
            }

            @Override
            public Void visitClassDef(Stmt.ClassDef inner) {
                return null;
            }
        }.walkBody(s.body());
    }

    private void declareParams(Arguments a, Span span) {
        for (Arg p : a.posonly()) {
            param(p);
        }
        for (Arg p : a.args()) {
            param(p);
        }
        for (Arg p : a.kwonly()) {
            param(p);
        }
        if (a.vararg() != null) {
            param(a.vararg());
        }
        if (a.kwarg() != null) {
            param(a.kwarg());
        }
    }

    private void param(Arg p) {
        String name = scope.mangle(p.name());
        if (scope.params.contains(name)) {
            throw error(p.span(), "duplicate argument '" + name
                    + "' in function definition");
        }
        scope.params.add(name);
        scope.bound.add(name);
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        walkArgumentDefaults(e.args());
        Scope outer = scope;
        int outerLoops = loopDepth;
        enter(Scope.Kind.FUNCTION, "<lambda>", e);
        declareParams(e.args(), e.span());
        loopDepth = 0;
        walk(e.body());
        scope = outer;
        loopDepth = outerLoops;
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        walkExprs(s.decorators());
        walkExprs(s.bases());
        s.keywords().forEach(k -> walk(k.value()));
        bind(s.name());
        Scope outer = scope;
        int outerLoops = loopDepth;
        enter(Scope.Kind.CLASS, s.name(), s);
        loopDepth = 0;
        walkBody(s.body());
        scope = outer;
        loopDepth = outerLoops;
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        return comprehension(e, "<listcomp>", e.generators(), List.of(e.elt()));
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        return comprehension(e, "<setcomp>", e.generators(), List.of(e.elt()));
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        return comprehension(e, "<dictcomp>", e.generators(), List.of(e.key(), e.value()));
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        return comprehension(e, "<genexpr>", e.generators(), List.of(e.elt()));
    }

    private Void comprehension(Expr node, String name, List<Comprehension> gens,
            List<Expr> results) {
        walk(gens.get(0).iter());
        Scope outer = scope;
        int outerLoops = loopDepth;
        Scope comp = enter(Scope.Kind.COMPREHENSION, name, node);
        comp.isGenerator = name.equals("<genexpr>");
        comp.isAsync = gens.stream().anyMatch(Comprehension::isAsync);
        comp.params.add(".0");
        comp.bound.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            if (i > 0) {
                walk(c.iter());
            }
            bindTarget(c.target());
            walkExprs(c.ifs());
        }
        results.forEach(this::walk);
        scope = outer;
        loopDepth = outerLoops;
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        walk(e.value());
        String name = scope.mangle(e.target().id());
        Scope target = scope;
        while (target.kind == Scope.Kind.COMPREHENSION) {
            if (isIterationVariable(target, name)) {
                throw error(e.target().span(), "assignment expression cannot rebind"
                        + " comprehension iteration variable '" + name + "'");
            }
            target = target.parent;
        }
        if (target != scope && target.kind == Scope.Kind.CLASS) {
            throw error(e.span(), "assignment expression within a comprehension cannot be used"
                    + " in a class body");
        }
        target.bound.add(name);
        if (target != scope) {
            // The comprehension sees the variable as a free name of the enclosing scope.
            scope.used.add(name);
            for (Scope s = scope; s != target; s = s.parent) {
                s.walrusTargets.add(name);
            }
        }
        return null;
    }

    private static boolean isIterationVariable(Scope comp, String name) {
        return comp.bound.contains(name) && !comp.walrusTargets.contains(name);
    }

    @Override
    public Void visitSpawn(Expr.Spawn e) {
        walk(e.value());
        return null;
    }

    boolean interactive() {
        return interactive;
    }
}
