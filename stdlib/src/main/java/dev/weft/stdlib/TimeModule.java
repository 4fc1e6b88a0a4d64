// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;

/** The time module: wall clock, monotonic and performance counters. */
final class TimeModule {
    private TimeModule() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("time", WeftBuiltin.function("time", (t, a, k) -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }));
        d.putStr("time_ns", WeftBuiltin.function("time_ns", (t, a, k) -> {
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }));
        d.putStr("perf_counter", WeftBuiltin.function("perf_counter",
                (t, a, k) -> System.nanoTime() / 1e9));
        d.putStr("perf_counter_ns", WeftBuiltin.function("perf_counter_ns",
                (t, a, k) -> System.nanoTime()));
        d.putStr("monotonic", WeftBuiltin.function("monotonic",
                (t, a, k) -> System.nanoTime() / 1e9));
        d.putStr("sleep", WeftBuiltin.function("sleep", TimeModule::sleep));
        d.putStr("monotonic_ns", WeftBuiltin.function("monotonic_ns",
                (t, a, k) -> System.nanoTime()));
    }

    /** Blocks the whole interpreter for now; the scheduler makes sleeping cooperative. */
    private static Object sleep(dev.weft.cps.Fiber t, Object[] a, String[] k) {
        if (a.length != 1) {
            throw dev.weft.runtime.Errors.typeError("time.sleep() takes exactly one argument ("
                    + a.length + " given)");
        }
        double secs = dev.weft.runtime.FloatOps.toDouble(a[0]);
        if (secs < 0) {
            throw dev.weft.runtime.Errors.valueError("sleep length must be non-negative");
        }
        t.interp.stdout().flush();
        try {
            Thread.sleep((long) (secs * 1000), (int) ((secs * 1e9) % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dev.weft.runtime.WeftNone.NONE;
    }
}
