// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.Reprs;
import dev.weft.sched.Clock;
import dev.weft.sched.Task;
import dev.weft.sched.Timer;
import dev.weft.sched.Wait;

/**
 * The time module. Every reading comes from the interpreter's clock, so under virtual time
 * time.time() and time.monotonic() move with the scheduler. time.sleep() blocks the whole
 * interpreter, as it does under gevent without monkey-patching, unless threading threads are
 * alive (then it parks the calling thread only); the builtin sleep() is always cooperative.
 */
final class TimeModule {
    private TimeModule() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        fn(d, "time", (t, a, k) -> {
            noArgs("time", a, k);
            return clock(t).wallSeconds();
        });
        fn(d, "time_ns", (t, a, k) -> {
            noArgs("time_ns", a, k);
            return (long) (clock(t).wallSeconds() * 1e9);
        });
        fn(d, "perf_counter", (t, a, k) -> clock(t).nanos() / 1e9);
        fn(d, "perf_counter_ns", (t, a, k) -> clock(t).nanos());
        fn(d, "monotonic", (t, a, k) -> clock(t).nanos() / 1e9);
        fn(d, "monotonic_ns", (t, a, k) -> clock(t).nanos());
        fn(d, "process_time", (t, a, k) -> cpuNanos() / 1e9);
        fn(d, "process_time_ns", (t, a, k) -> cpuNanos());
        d.putStr("sleep", WeftBuiltin.cpsFunction("sleep", TimeModule::sleep));
    }

    private static Clock clock(Fiber t) {
        return t.interp.scheduler().clock();
    }

    private static long cpuNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime()
                : System.nanoTime();
    }

    /**
     * time.sleep: blocks the whole interpreter (gevent's rule before monkey-patching), except
     * while threading threads are alive, when it parks only the calling green thread, as an
     * OS thread's sleep lets the other threads run.
     */
    private static Step sleep(Fiber t, CallSite site, Object[] a, String[] k) {
        Object arg = Args.one("time.sleep", a, k);
        WeftType type = Types.of(arg);
        if (!(arg instanceof Double) && !IntOps.isInt(arg) && (type.isBuiltin()
                || type.lookup("__float__") == null && type.lookup("__index__") == null)) {
            throw Errors.typeError("'" + type.name()
                    + "' object cannot be interpreted as an integer");
        }
        double secs = Args.toDouble(t, arg);
        if (Double.isNaN(secs)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (secs < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        if (cooperates(t)) {
            return park(t, site, secs);
        }
        t.interp.stdout().flush();
        try {
            clock(t).sleepBlocking((long) Math.min(secs * 1e9, Long.MAX_VALUE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return site.returned(t, WeftNone.NONE);
    }

    /** Whether time.sleep lets other tasks run: threading threads are alive to run. */
    private static boolean cooperates(Fiber t) {
        return t.task != null && t.nativeDepth == 0 && t.interp.scheduler().threadsAlive() > 0;
    }

    private static Step park(Fiber t, CallSite site, double secs) {
        Task me = t.task;
        String what = "time.sleep(" + Reprs.repr(t, secs) + ")";
        if (secs == 0) {
            return me.yieldNow(site, what);
        }
        Timer timer = t.interp.scheduler().after(secs, () -> me.wakeWith(WeftNone.NONE));
        return me.park(site, new Wait(what, t.frame.code, site.line, true, timer::cancel));
    }

    private static void noArgs(String name, Object[] a, String[] k) {
        if (a.length != 0 || k != null && k.length > 0) {
            throw Errors.typeError("time." + name + "() takes no arguments (" + a.length
                    + " given)");
        }
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }
}
