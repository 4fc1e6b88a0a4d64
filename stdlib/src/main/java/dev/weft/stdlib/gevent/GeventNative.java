// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.gevent;

import dev.weft.builtins.Sig;
import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.CpsCode;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Tracebacks;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Task;
import dev.weft.sched.Wait;
import dev.weft.sched.greenlet.Greenlet;
import dev.weft.sched.greenlet.Roots;

/**
 * {@code _gevent}: what the gevent modules (Weft source) need from the scheduler: the hub,
 * starting greenlets as tasks and callbacks in the hub, raising in the main greenlet, waiting
 * for the loop to be idle or to run out of work, LoopExit instead of a deadlock report.
 */
public final class GeventNative {
    private GeventNative() {}

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        fn(d, "hub", (t, a, k) -> interp.scheduler().greenlets().hub());
        fn(d, "start", GeventNative::start);
        fn(d, "callback", GeventNative::callback);
        fn(d, "format_exception", GeventNative::formatException);
        // The waits of tasks in wait_for_end(), which a deadlock ends instead of LoopExit.
        java.util.Set<Wait> forEnd = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        fn(d, "install_loop_exit", (t, a, k) -> installLoopExit(t, a, k, forEnd));
        fn(d, "timestamp", (t, a, k) -> java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                java.time.Instant.ofEpochSecond((long) t.interp.scheduler().clock()
                        .wallSeconds())));
        fn(d, "now", (t, a, k) -> t.interp.scheduler().clock().nanos() / 1e9);
        cps(d, "throw_main", GeventNative::throwMain);
        cps(d, "idle", GeventNative::idle);
        cps(d, "wait_for_end", (t, site, a, k) -> waitForEnd(t, site, a, k, forEnd));
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }

    private static void cps(WeftDict d, String name, CpsCode code) {
        d.putStr(name, WeftBuiltin.cpsFunction(name, code).suspending());
    }

    /** start(glet, delay, args, kwargs): glet becomes the root of a task; its start event. */
    private static Object start(Fiber t, Object[] a, String[] k) {
        Object[] b = Sig.of("start(glet, delay, args, kwargs)").bind(a, k);
        if (!(b[0] instanceof Greenlet g)) {
            throw Errors.typeError("start() needs a greenlet");
        }
        WeftTuple args = (WeftTuple) b[2];
        WeftDict kwargs = (WeftDict) b[3];
        int n = args.size();
        Object[] all = new Object[n + kwargs.size()];
        String[] names = new String[kwargs.size()];
        System.arraycopy(args.toArray(), 0, all, 0, n);
        int i = 0;
        for (int e = 0; e < kwargs.end(); e++) {
            if (kwargs.keyAt(e) instanceof String key) {
                names[i] = key;
                all[n + i++] = kwargs.valueAt(e);
            }
        }
        return Roots.start(t, g, all, names.length == 0 ? null : names, delay(b[1]));
    }

    /** callback(delay, fn, args): runs fn(*args) in the hub; its start event. */
    private static Object callback(Fiber t, Object[] a, String[] k) {
        Object[] b = Sig.of("callback(delay, fn, args)").bind(a, k);
        return Roots.callback(t, b[1], ((WeftTuple) b[2]).toArray(), delay(b[0]));
    }

    private static double delay(Object o) {
        return o == WeftNone.NONE ? -1 : FloatOps.toDouble(o);
    }

    /** format_exception(exc): the exception's traceback, as an uncaught one is printed. */
    private static Object formatException(Fiber t, Object[] a, String[] k) {
        Sig.exactly("format_exception", a, k, 1);
        if (!(a[0] instanceof WeftError e)) {
            throw Errors.typeError("format_exception() needs an exception");
        }
        return Tracebacks.format(t, e);
    }

    /**
     * throw_main(exc): gevent's system errors (SystemExit, KeyboardInterrupt) are raised in the
     * main greenlet, which runs next; the caller resumes afterwards.
     */
    private static Step throwMain(Fiber t, CallSite site, Object[] a, String[] k) {
        Sig.exactly("throw_main", a, k, 1);
        Task me = Task.of(t);
        Task main = mainTask(t);
        if (main != null && main != me && a[0] instanceof WeftError e && main.throwIn(e)) {
            main.runNext();
        }
        return me.yieldNow(site, "throw_main()");
    }

    private static Task mainTask(Fiber t) {
        for (Task task : t.interp.scheduler().liveTasks()) {
            if (task.isMain()) {
                return task;
            }
        }
        return null;
    }

    /** idle(): waits until no task is ready to run. */
    private static Step idle(Fiber t, CallSite site, Object[] a, String[] k) {
        Sig.exactly("idle", a, k, 0);
        Task me = Task.of(t);
        Wait w = new Wait("gevent.idle()", t.frame.code, site.line, true, null);
        t.interp.scheduler().whenIdle(() -> {
            if (me.currentWait() == w) {
                me.wakeWith(WeftNone.NONE);
            }
        });
        return me.park(site, w);
    }

    /** wait_for_end(timeout): waits until nothing else can run (True) or the timeout (False). */
    private static Step waitForEnd(Fiber t, CallSite site, Object[] a, String[] k,
            java.util.Set<Wait> forEnd) {
        Object[] b = Sig.of("wait_for_end(timeout)").bind(a, k);
        Task me = Task.of(t);
        boolean timed = b[0] != WeftNone.NONE;
        Wait[] self = new Wait[1];
        Wait w = new Wait("gevent.wait() for every greenlet to finish", t.frame.code, site.line,
                timed, () -> forEnd.remove(self[0]));
        self[0] = w;
        forEnd.add(w);
        if (timed) {
            t.interp.scheduler().after(FloatOps.toDouble(b[0]), () -> {
                if (me.currentWait() == w) {
                    forEnd.remove(w);
                    me.wakeWith(Boolean.FALSE);
                }
            });
        }
        return me.park(site, w);
    }

    /**
     * install_loop_exit(LoopExit, message, BlockingSwitchOutError): when every task waits and
     * nothing can wake one, the main greenlet gets LoopExit(message, hub, []) where it waits, as
     * gevent's hub raises it (a main greenlet in wait_for_end() is simply woken); a wait inside
     * a hub callback raises BlockingSwitchOutError.
     */
    private static Object installLoopExit(Fiber t, Object[] a, String[] k,
            java.util.Set<Wait> forEnd) {
        Sig.exactly("install_loop_exit", a, k, 3);
        WeftType type = (WeftType) a[0];
        Object message = a[1];
        t.interp.scheduler().greenlets().setBlockingError((WeftType) a[2]);
        Greenlet hub = t.interp.scheduler().greenlets().hub();
        t.interp.scheduler().onDeadlock(main -> {
            Wait w = main.currentWait();
            if (w != null && forEnd.remove(w)) {
                main.wakeWith(Boolean.TRUE);
                return true;
            }
            return main.throwIn(new WeftError(type, WeftTuple.of(message, hub, new WeftList())));
        });
        return WeftNone.NONE;
    }
}
