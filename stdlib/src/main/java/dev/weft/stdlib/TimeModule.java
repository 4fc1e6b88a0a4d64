// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import java.time.Instant;

/**
 * The time module: wall clock, monotonic and performance counters, and sleep.
 *
 * <p>sleep() blocks the interpreter's thread for now; when the scheduler arrives it becomes a
 * suspension that lets other tasks run (ARCHITECTURE.md, "Scheduler and IO").
 */
final class TimeModule {
    private TimeModule() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        fn(d, "time", (t, a, k) -> {
            noArgs("time", a, k);
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        fn(d, "time_ns", (t, a, k) -> {
            noArgs("time_ns", a, k);
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        fn(d, "perf_counter", (t, a, k) -> System.nanoTime() / 1e9);
        fn(d, "perf_counter_ns", (t, a, k) -> System.nanoTime());
        fn(d, "monotonic", (t, a, k) -> System.nanoTime() / 1e9);
        fn(d, "monotonic_ns", (t, a, k) -> System.nanoTime());
        fn(d, "process_time", (t, a, k) -> cpuNanos() / 1e9);
        fn(d, "process_time_ns", (t, a, k) -> cpuNanos());
        fn(d, "sleep", TimeModule::sleep);
    }

    private static long cpuNanos() {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime()
                : System.nanoTime();
    }

    /** Blocks the calling thread (see the class comment). */
    private static Object sleep(Fiber t, Object[] a, String[] k) {
        Object arg = Args.one("time.sleep", a, k);
        if (!(arg instanceof Double) && !dev.weft.runtime.IntOps.isInt(arg)
                && (dev.weft.runtime.Types.of(arg).isBuiltin()
                || dev.weft.runtime.Types.of(arg).lookup("__float__") == null
                && dev.weft.runtime.Types.of(arg).lookup("__index__") == null)) {
            throw Errors.typeError("'" + dev.weft.runtime.Types.name(arg)
                    + "' object cannot be interpreted as an integer");
        }
        double secs = Args.toDouble(t, arg);
        if (Double.isNaN(secs)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (secs < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        long nanos = (long) Math.min(secs * 1e9, Long.MAX_VALUE);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return WeftNone.NONE;
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
