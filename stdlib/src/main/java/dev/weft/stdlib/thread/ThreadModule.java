// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.thread;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Tracebacks;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Scheduler;
import dev.weft.sched.Task;
import dev.weft.steps.CallStarter;
import dev.weft.stdlib.Params;

/**
 * The _thread module: green threads on the one scheduler (each a task that the scheduler
 * preempts at the switch interval), their locks, idents and thread-local objects, and the hooks
 * threading is built from.
 */
public final class ThreadModule {
    private ThreadModule() {}

    private static final Params START_NEW = Params.clinic(
            "start_new_thread(function, args, kwargs=, /)");
    private static final Params STACK_SIZE = Params.clinic("stack_size(size=, /)");

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("LockType", ThreadLock.TYPE);
        d.putStr("lock", ThreadLock.TYPE);
        d.putStr("RLock", ThreadRLock.TYPE);
        d.putStr("_local", LocalType.TYPE);
        d.putStr("error", ErrorTypes.RUNTIME_ERROR);
        d.putStr("TIMEOUT_MAX", Timeouts.MAX);
        fn(d, "allocate_lock", (t, a, k) -> newLock("allocate_lock", a, k));
        fn(d, "allocate", (t, a, k) -> newLock("allocate", a, k));
        fn(d, "get_ident", (t, a, k) -> Idents.current(t));
        fn(d, "get_native_id", (t, a, k) -> Idents.currentNative(t));
        fn(d, "_count", (t, a, k) -> (long) t.interp.scheduler().threadsAlive());
        fn(d, "stack_size", (t, a, k) -> {
            STACK_SIZE.bind(a, k);
            return 0L;
        });
        fn(d, "start_new_thread", ThreadModule::startNewThread);
        fn(d, "start_new", ThreadModule::startNewThread);
        fn(d, "_excepthook", ThreadModule::excepthook);
        // What threading.weft is built from.
        fn(d, "_start_thread", (t, a, k) -> startThread(t, a[0], (String) a[1]));
        fn(d, "_ident_of", (t, a, k) -> Idents.ident((Task) a[0]));
        fn(d, "_native_id_of", (t, a, k) -> Idents.nativeId((Task) a[0]));
        fn(d, "_atexit", (t, a, k) -> {
            t.interp.atExit(a[0]);
            return WeftNone.NONE;
        });
        d.putStr("_give_way", WeftBuiltin.cpsFunction("_give_way", ThreadModule::giveWay));
    }

    private static Object newLock(String name, Object[] a, String[] k) {
        if (a.length != 0) {
            throw Errors.typeError(name + "() takes no arguments (" + a.length + " given)");
        }
        return new ThreadLock();
    }

    /** A new green thread calling {@code fn()}, named {@code name}; ready to run. */
    private static Task startThread(Fiber t, Object fn, String name) {
        Scheduler sched = t.interp.scheduler();
        Task task = sched.newThread(name);
        sched.start(task, new CallStarter(fn, new Object[0], task.rootSite()));
        return task;
    }

    /**
     * Lets the threads just started run before the caller goes on, as CPython's start() waits
     * for its thread to begin; where the caller cannot be suspended it simply returns.
     */
    private static Step giveWay(Fiber t, CallSite site, Object[] a, String[] k) {
        if (t.task == null || t.nativeDepth > 0) {
            return site.returned(t, WeftNone.NONE);
        }
        return t.task.yieldNow(site, "Thread.start()");
    }

    /** start_new_thread(function, args[, kwargs]): a thread with no Thread object; its ident. */
    private static Object startNewThread(Fiber t, Object[] a, String[] k) {
        Object[] b = START_NEW.bind(a, k);
        if (!Calls.isCallable(b[0])) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(b[1] instanceof WeftTuple args)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        Object[] callArgs = args.toArray();
        String[] kwnames = null;
        if (b[2] != null) {
            if (!(b[2] instanceof WeftDict kw)) {
                throw Errors.typeError("optional 3rd arg must be a dictionary");
            }
            Object[][] spread = spreadKeywords(callArgs, kw);
            callArgs = spread[0];
            kwnames = (String[]) spread[1];
        }
        Scheduler sched = t.interp.scheduler();
        Task task = sched.newThread("start_new_thread");
        Object fn = b[0];
        task.whenDone(done -> reportUnhandled(done, fn));
        sched.start(task, new CallStarter(fn, callArgs, kwnames, task.rootSite()));
        return Idents.ident(task);
    }

    private static Object[][] spreadKeywords(Object[] positional, WeftDict kw) {
        int n = positional.length;
        Object[] all = java.util.Arrays.copyOf(positional, n + kw.size());
        String[] names = new String[kw.size()];
        int i = 0;
        for (int e = 0; e < kw.end(); e++) {
            Object key = kw.keyAt(e);
            if (key == null) {
                continue;
            }
            if (!(key instanceof String s)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = s;
            all[n + i++] = kw.valueAt(e);
        }
        return new Object[][] {all, names};
    }

    /** As CPython's unraisable hook reports a start_new_thread function that raised. */
    private static void reportUnhandled(Task done, Object fn) {
        WeftError e = done.error();
        if (e == null || e.isInstance(ErrorTypes.SYSTEM_EXIT)) {
            return;
        }
        Fiber f = done.fiber();
        f.interp.stdout().flush();
        f.interp.stderr().write("Exception ignored in thread started by: " + Reprs.repr(f, fn)
                + "\n" + Tracebacks.format(f, e));
    }

    /**
     * The default threading.excepthook: "Exception in thread NAME:" and the traceback, on
     * sys.stderr; SystemExit is ignored.
     */
    private static Object excepthook(Fiber t, Object[] a, String[] k) {
        if (a.length != 1 || k != null && k.length > 0) {
            throw Errors.typeError("_excepthook() takes exactly one argument (" + a.length
                    + " given)");
        }
        Object args = a[0];
        Object type = Attrs.get(t, args, "exc_type");
        if (type instanceof WeftType et && et.isSubtypeOf(ErrorTypes.SYSTEM_EXIT)) {
            return WeftNone.NONE;
        }
        Object value = Attrs.get(t, args, "exc_value");
        Object thread = Attrs.get(t, args, "thread");
        String name = thread == WeftNone.NONE ? Long.toString(Idents.current(t))
                : Reprs.str(t, Attrs.get(t, thread, "name"));
        String text = value instanceof WeftError e ? Tracebacks.format(t, e)
                : Reprs.str(t, Attrs.get(t, type, "__name__")) + ": " + Reprs.str(t, value) + "\n";
        write(t, thread, "Exception in thread " + name + ":\n" + text);
        return WeftNone.NONE;
    }

    /** Writes to sys.stderr, or to the stream the thread started with when that is None. */
    private static void write(Fiber t, Object thread, String text) {
        WeftModule sys = (WeftModule) t.interp.importer().modules().getStr("sys");
        Object stderr = sys.dict().getStr("stderr");
        if ((stderr == null || stderr == WeftNone.NONE) && thread != WeftNone.NONE) {
            stderr = Attrs.lookup(t, thread, "_stderr");
        }
        if (stderr == null || stderr == WeftNone.NONE) {
            return;
        }
        t.interp.stdout().flush();
        Calls.callDirect(t, Attrs.get(t, stderr, "write"), text);
        Object flush = Attrs.lookup(t, stderr, "flush");
        if (flush != null) {
            Calls.callDirect(t, flush);
        }
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }
}
