// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Arg;
import dev.weft.ast.Arguments;
import dev.weft.ast.Expr;
import dev.weft.ast.ModuleAst;
import dev.weft.ast.Stmt;
import dev.weft.cps.Code;
import dev.weft.nodes.Literals.Const;
import dev.weft.nodes.Misc;
import dev.weft.runtime.WeftNone;
import dev.weft.steps.FinishStep;
import dev.weft.steps.ReturnStep;
import java.util.List;
import java.util.Map;

/**
 * Compiles a parsed module to continuation graphs: resolves its names, then builds a
 * {@link Code} for the module and, recursively, for every function, class body, lambda and
 * comprehension in it.
 */
public final class Compiler {
    private Compiler() {}

    /** Compiles a module; {@code interactive} makes top-level expression statements echo. */
    public static Code compileModule(ModuleAst module, boolean interactive) {
        Map<Object, Scope> scopes = Resolver.resolve(module, interactive);
        Unit unit = new Unit(module, scopes, interactive);
        Scope scope = unit.scopeOf(module);
        scope.qualname = "<module>";
        Code code = new Code("<module>", "<module>", module.file(), module.source(), 1,
                Code.Kind.MODULE);
        scope.owning.addAll(Ownership.analyze(module.body(), moduleOwners(scope),
                !scope.bound.contains("next")));
        CodeGen g = new CodeGen(unit, scope, code);
        if (!interactive) {
            Definitions.storeDocstring(g, module.body());
        }
        AnnotationCode.setUp(g, module.body());
        g.body(module.body());
        finish(g, new Const(WeftNone.NONE));
        code.warnings = warnings(module, SyntaxWarnings.find(module));
        return code;
    }

    /** The warnings as CPython's warnings module shows them: where, what, and the line. */
    private static String warnings(ModuleAst module, List<SyntaxWarnings.Warning> found) {
        StringBuilder sb = new StringBuilder();
        for (SyntaxWarnings.Warning w : found) {
            sb.append(module.file()).append(':').append(w.line()).append(": SyntaxWarning: ")
                    .append(w.message()).append('\n');
            String text = module.line(w.line()).strip();
            if (!text.isEmpty() && !module.file().startsWith("<")) {
                sb.append("  ").append(text).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Compiles source for {@code exec}: as a module, or, when its names live in a locals dict
     * of their own, like a class body (functions it defines then see only the globals).
     */
    public static Code compileExec(ModuleAst module, boolean separateLocals) {
        return compileExec(module, separateLocals, false);
    }

    /**
     * As {@link #compileExec(ModuleAst, boolean)}; {@code interactive} is compile()'s 'single'
     * mode, where expression statements show their value through sys.displayhook.
     */
    public static Code compileExec(ModuleAst module, boolean separateLocals,
            boolean interactive) {
        if (!separateLocals) {
            return compileModule(module, interactive);
        }
        Map<Object, Scope> scopes = Resolver.resolve(module, interactive, Scope.Kind.CLASS);
        CodeGen g = topLevel(module, scopes, interactive);
        g.body(module.body());
        finish(g, new Const(WeftNone.NONE));
        g.code.warnings = warnings(module, SyntaxWarnings.find(module));
        return g.code;
    }

    /** Compiles one expression for {@code eval}: the code returns its value. */
    public static Code compileEval(Expr expression, String file, String source,
            boolean separateLocals) {
        ModuleAst module = new ModuleAst(file, source,
                List.of(new Stmt.ExprStmt(expression.span(), expression)));
        Map<Object, Scope> scopes = Resolver.resolve(module, false,
                separateLocals ? Scope.Kind.CLASS : Scope.Kind.MODULE);
        CodeGen g = topLevel(module, scopes, false);
        g.line(expression.span());
        finish(g, g.expr(expression));
        g.code.warnings = warnings(module, SyntaxWarnings.find(expression));
        return g.code;
    }

    private static CodeGen topLevel(ModuleAst module, Map<Object, Scope> scopes,
            boolean interactive) {
        Unit unit = new Unit(module, scopes, interactive);
        Scope scope = unit.scopeOf(module);
        scope.qualname = "<module>";
        Code code = new Code("<module>", "<module>", module.file(), module.source(), 1,
                Code.Kind.MODULE);
        return new CodeGen(unit, scope, code);
    }

    /**
     * Module names no function or class body can reach (only module code touches them): a
     * nested scope's own locals are other variables, but its global or class-body names are
     * these, and a name-reaching builtin (globals(), eval, ...) anywhere may reach any of them.
     */
    private static java.util.Set<String> moduleOwners(Scope module) {
        java.util.Set<String> names = new java.util.HashSet<>(module.bound);
        java.util.Deque<Scope> todo = new java.util.ArrayDeque<>(module.children);
        while (!todo.isEmpty()) {
            Scope s = todo.pop();
            for (String n : s.used) {
                if (Ownership.DYNAMIC.contains(n)) {
                    return java.util.Set.of();
                }
            }
            names.removeIf(n -> (s.used.contains(n) || s.bound.contains(n)) && reachesGlobal(s, n));
            todo.addAll(s.children);
        }
        return names;
    }

    /** Whether {@code name} in scope {@code s} may be the module's variable. */
    private static boolean reachesGlobal(Scope s, String name) {
        Symbol.Kind k = s.lookup(name).kind();
        return k == Symbol.Kind.GLOBAL || k == Symbol.Kind.NAME;
    }

    /** Compiles a function or lambda body into its code object. */
    static Code compileFunction(CodeGen outer, Object node, String name, Arguments args,
            List<Stmt> body, Expr lambdaBody, int line) {
        Unit unit = outer.unit;
        Scope scope = unit.scopeOf(node);
        scope.qualname = qualname(outer.scope, name);
        Code.Kind kind = scope.isGenerator
                ? (scope.isAsync ? Code.Kind.ASYNC_GENERATOR : Code.Kind.GENERATOR)
                : (scope.isAsync ? Code.Kind.COROUTINE : Code.Kind.FUNCTION);
        Code code = new Code(name, scope.qualname, unit.module.file(), unit.module.source(), line,
                kind);
        describeParams(code, args, scope);
        if (body != null) {
            java.util.Set<String> locals = new java.util.HashSet<>();
            scope.symbols.forEach((n, sym) -> {
                if (sym.kind() == Symbol.Kind.LOCAL) {
                    locals.add(n);
                }
            });
            boolean nextBuiltin = !locals.contains("next") && !topOf(scope).bound.contains("next");
            scope.owning.addAll(Ownership.analyze(body, locals, nextBuiltin));
        }
        CodeGen g = new CodeGen(unit, scope, code);
        g.asm.setLine(line);
        if (g.isGenerator()) {
            g.emit(new Misc.ReceiveSent(-1));
        }
        if (lambdaBody != null) {
            g.line(lambdaBody.span());
            dev.weft.cps.Node value = g.expr(lambdaBody);
            finish(g, value);
        } else {
            g.body(body);
            finish(g, new Const(WeftNone.NONE));
        }
        return code;
    }

    /** Compiles a class body into a code object that returns its namespace. */
    static Code compileClassBody(CodeGen outer, Stmt.ClassDef node) {
        Unit unit = outer.unit;
        Scope scope = unit.scopeOf(node);
        scope.qualname = qualname(outer.scope, node.name());
        Code code = new Code(node.name(), scope.qualname, unit.module.file(),
                unit.module.source(), node.span().line(), Code.Kind.CLASS_BODY);
        CodeGen g = new CodeGen(unit, scope, code);
        g.asm.setLine(node.span().line());
        Definitions.storeDocstring(g, node.body());
        AnnotationCode.setUp(g, node.body());
        g.body(node.body());
        if (scope.classCellSlot >= 0) {
            g.emit(new dev.weft.nodes.Variables.NameStore("__classcell__",
                    new dev.weft.nodes.Variables.CellRef(scope.classCellSlot)));
        }
        finish(g, new dev.weft.nodes.Functions.Namespace());
        return code;
    }

    private static Scope topOf(Scope s) {
        while (s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    /** Ends the body with an implicit return, then fixes the frame layout. */
    static void finish(CodeGen g, dev.weft.cps.Node value) {
        if (g.asm.hasOpenEnds() || g.asm.entry() == null) {
            if (g.releasesOnReturn() != null) {
                g.emit(g.releasesOnReturn());
            }
            if (g.isGenerator()) {
                g.add(new FinishStep(value));
            } else {
                g.add(new ReturnStep(value));
            }
        }
        Code code = g.code;
        Scope scope = g.scope;
        code.entry = g.asm.entry();
        code.positions = g.positions.table();
        code.nslots = g.frameSize();
        code.slotNames = scope.slotNames.toArray(new String[0]);
        code.cellParams = slotsOf(scope, scope.cellParams);
        code.cellLocals = scope.cellLocals.stream()
                .mapToInt(n -> n.equals("__class__") && scope.classCellSlot >= 0
                        ? scope.classCellSlot : scope.lookup(n).slot())
                .toArray();
        code.freeSlots = scope.frees.stream().mapToInt(scope.freeSlots::get).toArray();
        if (code.kind == Code.Kind.FUNCTION && code.isSimple() && code.cellParams.length == 0
                && code.cellLocals.length == 0 && code.freeSlots.length == 0) {
            code.simpleCall = code.argcount;
        }
        StepGraph.optimize(g.asm.steps());
    }

    private static int[] slotsOf(Scope scope, List<String> names) {
        return names.stream().mapToInt(n -> scope.lookup(n).slot()).toArray();
    }

    private static void describeParams(Code code, Arguments a, Scope scope) {
        code.posonlycount = a.posonly().size();
        code.argcount = a.posonly().size() + a.args().size();
        code.kwonlycount = a.kwonly().size();
        code.varargs = a.vararg() != null;
        code.varkw = a.kwarg() != null;
        List<String> names = new java.util.ArrayList<>();
        for (Arg p : a.posonly()) {
            names.add(scope.mangle(p.name()));
        }
        for (Arg p : a.args()) {
            names.add(scope.mangle(p.name()));
        }
        for (Arg p : a.kwonly()) {
            names.add(scope.mangle(p.name()));
        }
        if (a.vararg() != null) {
            names.add(scope.mangle(a.vararg().name()));
        }
        if (a.kwarg() != null) {
            names.add(scope.mangle(a.kwarg().name()));
        }
        code.paramNames = names.toArray(new String[0]);
    }

    /** CPython's qualified names: {@code A.f}, {@code f.<locals>.g}. */
    static String qualname(Scope outer, String name) {
        if (outer.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (outer.kind == Scope.Kind.CLASS) {
            return outer.qualname + "." + name;
        }
        return outer.qualname + ".<locals>." + name;
    }
}
