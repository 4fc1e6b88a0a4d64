// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.ast.Expr;
import dev.weft.ast.ModuleAst;
import dev.weft.compile.Compiler;
import dev.weft.cps.CallSite;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;
import dev.weft.parse.Parser;
import dev.weft.parse.SyntaxError;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftRepresentable;
import dev.weft.runtime.WeftType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * exec, eval and compile. The code runs on the trampoline like any call, so it may suspend
 * in a task. With no namespaces given it sees the caller's globals and a snapshot of its
 * locals; a locals dict apart from the globals makes its names behave as in a class body.
 */
final class Evaluation {
    private Evaluation() {}

    private static final Sig EXEC = Sig.of("exec(source, globals=, locals=, /, *, closure=)");
    private static final Sig EVAL = Sig.of("eval(source, globals=, locals=, /)");
    private static final Sig COMPILE = Sig.of(
            "compile(source, filename, mode, flags=, dont_inherit=, optimize=, *, _feature_version=)");

    static final List<WeftBuiltin> ALL = List.of(
            WeftBuiltin.cpsFunction("exec", (t, site, a, k) -> run(t, site, EXEC.bind(a, k), false)),
            WeftBuiltin.cpsFunction("eval", (t, site, a, k) -> run(t, site, EVAL.bind(a, k), true)),
            WeftBuiltin.function("compile", Evaluation::compile));

    /** Source parsed by compile(), waiting to be run by exec or eval. */
    record Compiled(String mode, ModuleAst module, Expr expression)
            implements WeftObject, WeftRepresentable {
        @Override
        public WeftType type() {
            return CodeView.TYPE;
        }

        @Override
        public String repr(Fiber t) {
            return "<code object <module>, file \"" + module.file() + "\", line 1>";
        }
    }

    private static Step run(Fiber t, CallSite site, Object[] p, boolean isEval) {
        String fn = isEval ? "eval" : "exec";
        WeftDict globals = namespaceArg(fn, p[1]);
        Object localsArg = p[2] == WeftNone.NONE ? null : p[2];
        if (localsArg != null && !(localsArg instanceof WeftDict)
                && Types.of(localsArg).lookup("__getitem__") == null) {
            throw Errors.typeError("locals must be a mapping or None, not '"
                    + Types.name(localsArg) + "'");
        }
        Object locals = localsArg;
        if (globals == null) {
            globals = t.frame.globals;
            if (locals == null) {
                locals = t.frame.mapping != null ? t.frame.mapping
                        : ObjectFunctions.locals(t.frame);
            }
        } else if (locals == null) {
            locals = globals;
        }
        if (globals.getStr("__builtins__") == null) {
            globals.putStr("__builtins__", t.interp.importer().modules().getStr("builtins"));
        }
        boolean separate = locals != globals;
        Code code = codeFor(fn, p[0], isEval, separate);
        dev.weft.runtime.Warnings.compiled(t.interp, code);
        Frame f = new Frame(code, globals);
        if (separate) {
            f.setNamespace(locals);
        }
        return t.enter(f, site);
    }

    private static WeftDict namespaceArg(String fn, Object globals) {
        if (globals == null || globals == WeftNone.NONE) {
            return null;
        }
        if (!(globals instanceof WeftDict d)) {
            throw Errors.typeError(fn + "() globals must be a dict, not " + Types.name(globals));
        }
        return d;
    }

    private static Code codeFor(String fn, Object source, boolean isEval, boolean separate) {
        try {
            if (source instanceof Compiled c) {
                return c.expression != null
                        ? Compiler.compileEval(c.expression, c.module.file(), c.module.source(),
                                separate)
                        : Compiler.compileExec(c.module, separate, c.mode.equals("single"));
            }
            String text = sourceText(fn, source);
            if (isEval) {
                Expr e = Parser.parseExpression(text.strip(), "<string>");
                return Compiler.compileEval(e, "<string>", text.strip(), separate);
            }
            return Compiler.compileExec(Parser.parse(text, "<string>"), separate);
        } catch (SyntaxError se) {
            throw Errors.fromSyntax(se);
        }
    }

    private static String sourceText(String fn, Object source) {
        if (source instanceof String s) {
            return s;
        }
        if (source instanceof WeftBytes b) {
            return new String(b.data(), StandardCharsets.UTF_8);
        }
        throw Errors.typeError(fn + "() arg 1 must be a string, bytes or code object");
    }

    private static Object compile(Fiber t, Object[] args, String[] kw) {
        Object[] p = COMPILE.bind(args, kw);
        if (p[0] instanceof Compiled c) {
            return c;
        }
        String text = sourceText("compile", p[0]);
        String file = p[1].toString();
        String mode = p[2].toString();
        try {
            switch (mode) {
                case "exec", "single" -> {
                    return new Compiled(mode, Parser.parse(text, file), null);
                }
                case "eval" -> {
                    Expr e = Parser.parseExpression(text.strip(), file);
                    return new Compiled(mode, new ModuleAst(file, text.strip(), List.of()), e);
                }
                default -> throw Errors.valueError(
                        "compile() mode must be 'exec', 'eval' or 'single'");
            }
        } catch (SyntaxError se) {
            throw Errors.fromSyntax(se);
        }
    }
}
