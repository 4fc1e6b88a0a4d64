// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.CoroutineWrapper;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Raising;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftGenerator;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;

/** The generator type's protocol: __iter__, __next__, send and throw (close arrives later). */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static void install() {
        installAsync();
        installCoroutine();
        WeftType g = Types.GENERATOR;
        TypeSetup.method(g, "__iter__", (t, a, k) -> a[0]);
        g.define("__next__", WeftBuiltin.cpsMethod("__next__",
                (t, site, a, k) -> gen(a).resume(t, site, WeftNone.NONE, null)));
        g.define("send", WeftBuiltin.cpsMethod("send", GeneratorMethods::send));
        g.define("throw", WeftBuiltin.cpsMethod("throw", GeneratorMethods::throwIn));
        g.define("close", WeftBuiltin.cpsMethod("close", (t, site, a, k) -> {
            Sig.exactly("close", a, k, 1);
            return gen(a).close(t, site);
        }));
        g.define("gi_frame", GetSet.readOnly("gi_frame", (t, o) -> {
            WeftGenerator gen = (WeftGenerator) o;
            return gen.isFinished() || gen.frame() == null ? WeftNone.NONE
                    : new FrameView(gen.frame());
        }));
        g.define("gi_code", GetSet.readOnly("gi_code", (t, o) ->
                new CodeView(((WeftGenerator) o).function().code)));
        g.define("__name__", GetSet.readOnly("__name__", (t, o) -> ((WeftGenerator) o).name()));
        g.define("__qualname__", GetSet.readOnly("__qualname__",
                (t, o) -> ((WeftGenerator) o).qualname()));
        g.define("gi_running", GetSet.readOnly("gi_running",
                (t, o) -> ((WeftGenerator) o).isRunning()));
    }

    /** The async generator protocol: __aiter__, __anext__, asend, athrow, aclose. */
    static void installAsync() {
        WeftType ag = Types.ASYNC_GENERATOR;
        TypeSetup.method(ag, "__aiter__", (t, a, k) -> a[0]);
        TypeSetup.method(ag, "__anext__", (t, a, k) ->
                new dev.weft.sched.ANext(gen(a), WeftNone.NONE, null, false));
        TypeSetup.method(ag, "asend", (t, a, k) -> {
            Sig.exactly("asend", a, k, 2);
            return new dev.weft.sched.ANext(gen(a), a[1], null, false);
        });
        TypeSetup.method(ag, "athrow", (t, a, k) -> {
            Sig.between("athrow", a, k, 2, 4);
            return new dev.weft.sched.ANext(gen(a), WeftNone.NONE, Raising.thrown(t, a),
                    false);
        });
        TypeSetup.method(ag, "aclose", (t, a, k) -> new dev.weft.sched.ANext(gen(a),
                WeftNone.NONE, new dev.weft.runtime.WeftError(
                        dev.weft.runtime.ErrorTypes.GENERATOR_EXIT,
                        dev.weft.runtime.WeftTuple.EMPTY), true));
        ag.define("__name__", GetSet.readOnly("__name__", (t, o) -> ((WeftGenerator) o).name()));
        ag.define("__qualname__", GetSet.readOnly("__qualname__",
                (t, o) -> ((WeftGenerator) o).qualname()));
    }

    private static WeftGenerator gen(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof WeftGenerator g)) {
            throw Errors.typeError("descriptor requires a 'generator' object");
        }
        return g;
    }

    /** A coroutine driven by hand: send, throw, close (as asyncio's internals do). */
    static void installCoroutine() {
        WeftType c = Types.COROUTINE;
        c.define("send", WeftBuiltin.cpsMethod("send", (t, site, a, k) -> {
            Sig.exactly("send", a, k, 2);
            return coro(a).resume(t, site, a[1], null);
        }));
        c.define("throw", WeftBuiltin.cpsMethod("throw", (t, site, a, k) -> {
            Sig.between("throw", a, k, 2, 4);
            return coro(a).resume(t, site, WeftNone.NONE, Raising.thrown(t, a));
        }));
        TypeSetup.method(c, "close", (t, a, k) -> {
            coro(a).close();
            return WeftNone.NONE;
        });
        c.define("__name__", GetSet.readOnly("__name__", (t, o) ->
                ((dev.weft.runtime.WeftCoroutine) o).name()));
        c.define("__qualname__", GetSet.readOnly("__qualname__", (t, o) ->
                ((dev.weft.runtime.WeftCoroutine) o).qualname()));
        c.define("cr_running", GetSet.readOnly("cr_running", (t, o) ->
                ((dev.weft.runtime.WeftCoroutine) o).isRunning()));
        c.define("cr_code", GetSet.readOnly("cr_code", (t, o) ->
                new CodeView(((dev.weft.runtime.WeftCoroutine) o).function().code)));
        c.define("cr_frame", GetSet.readOnly("cr_frame", (t, o) -> {
            dev.weft.cps.Frame f = ((dev.weft.runtime.WeftCoroutine) o).frame();
            return f == null ? WeftNone.NONE : new FrameView(f);
        }));
        TypeSetup.method(c, "__await__", (t, a, k) -> {
            Sig.exactly("__await__", a, k, 1);
            return new CoroutineWrapper(coro(a));
        });
        installCoroutineWrapper();
    }

    /** coro.__await__()'s iterator: each step resumes the coroutine on the trampoline. */
    private static void installCoroutineWrapper() {
        WeftType w = CoroutineWrapper.TYPE;
        TypeSetup.method(w, "__iter__", (t, a, k) -> a[0]);
        w.define("__next__", WeftBuiltin.cpsMethod("__next__", (t, site, a, k) -> {
            Sig.exactly("__next__", a, k, 1);
            return wrapped(a).resume(t, site, WeftNone.NONE, null);
        }));
        w.define("send", WeftBuiltin.cpsMethod("send", (t, site, a, k) -> {
            Sig.exactly("send", a, k, 2);
            return wrapped(a).resume(t, site, a[1], null);
        }));
        w.define("throw", WeftBuiltin.cpsMethod("throw", (t, site, a, k) -> {
            Sig.between("throw", a, k, 2, 4);
            return wrapped(a).resume(t, site, WeftNone.NONE, Raising.thrown(t, a));
        }));
        TypeSetup.method(w, "close", (t, a, k) -> {
            wrapped(a).close();
            return WeftNone.NONE;
        });
    }

    private static dev.weft.runtime.WeftCoroutine wrapped(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof CoroutineWrapper w)) {
            throw Errors.typeError("descriptor requires a 'coroutine_wrapper' object");
        }
        return w.coroutine();
    }

    private static dev.weft.runtime.WeftCoroutine coro(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof dev.weft.runtime.WeftCoroutine c)) {
            throw Errors.typeError("descriptor requires a 'coroutine' object");
        }
        return c;
    }

    private static Step send(Fiber t, CallSite site, Object[] a, String[] k) {
        Sig.exactly("send", a, k, 2);
        return gen(a).resume(t, site, a[1], null);
    }

    private static Step throwIn(Fiber t, CallSite site, Object[] a, String[] k) {
        Sig.between("throw", a, k, 2, 4);
        return gen(a).resume(t, site, WeftNone.NONE, Raising.thrown(t, a));
    }
}
