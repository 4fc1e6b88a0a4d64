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
        d.putStr("time", WeftBuiltin.function("time",
                (t, a, k) -> System.currentTimeMillis() / 1000.0
                        + (System.nanoTime() % 1_000_000) / 1e9 * 0));
        d.putStr("time_ns", WeftBuiltin.function("time_ns",
                (t, a, k) -> System.currentTimeMillis() * 1_000_000L));
        d.putStr("perf_counter", WeftBuiltin.function("perf_counter",
                (t, a, k) -> System.nanoTime() / 1e9));
        d.putStr("perf_counter_ns", WeftBuiltin.function("perf_counter_ns",
                (t, a, k) -> System.nanoTime()));
        d.putStr("monotonic", WeftBuiltin.function("monotonic",
                (t, a, k) -> System.nanoTime() / 1e9));
        d.putStr("monotonic_ns", WeftBuiltin.function("monotonic_ns",
                (t, a, k) -> System.nanoTime()));
    }
}
