// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.sched.Clock;

/**
 * The time module. Every reading comes from the interpreter's clock, so under virtual time
 * time.time() and time.monotonic() move with the scheduler. time.sleep() blocks the whole
 * interpreter, as it does under gevent without monkey-patching; the builtin sleep() is the
 * cooperative one.
 */
final class TimeModule {
    private TimeModule() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("time", WeftBuiltin.function("time", (t, a, k) -> clock(t).wallSeconds()));
        d.putStr("time_ns", WeftBuiltin.function("time_ns",
                (t, a, k) -> (long) (clock(t).wallSeconds() * 1e9)));
        d.putStr("perf_counter", WeftBuiltin.function("perf_counter",
                (t, a, k) -> clock(t).nanos() / 1e9));
        d.putStr("perf_counter_ns", WeftBuiltin.function("perf_counter_ns",
                (t, a, k) -> clock(t).nanos()));
        d.putStr("monotonic", WeftBuiltin.function("monotonic",
                (t, a, k) -> clock(t).nanos() / 1e9));
        d.putStr("monotonic_ns", WeftBuiltin.function("monotonic_ns",
                (t, a, k) -> clock(t).nanos()));
        d.putStr("process_time", WeftBuiltin.function("process_time",
                (t, a, k) -> System.nanoTime() / 1e9));
        d.putStr("sleep", WeftBuiltin.function("sleep", TimeModule::sleep));
    }

    private static Clock clock(Fiber t) {
        return t.interp.scheduler().clock();
    }

    private static Object sleep(Fiber t, Object[] a, String[] k) {
        if (a.length != 1 || k != null) {
            throw Errors.typeError("time.sleep() takes exactly one argument (" + a.length
                    + " given)");
        }
        double secs = FloatOps.toDouble(a[0]);
        if (secs < 0) {
            throw Errors.valueError("sleep length must be non-negative");
        }
        t.interp.stdout().flush();
        try {
            clock(t).sleepBlocking((long) (secs * 1e9));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return WeftNone.NONE;
    }
}
