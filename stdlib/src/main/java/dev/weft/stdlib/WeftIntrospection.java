// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.sched.Task;

/**
 * The weft module: Weft-specific introspection for benchmarks and tools (live tasks, task
 * switches so far, heap in use, the traceback text of an exception).
 */
final class WeftIntrospection {
    private WeftIntrospection() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("tasks", WeftBuiltin.function("tasks", (t, a, k) -> {
            WeftList out = new WeftList();
            for (Task task : t.interp.scheduler().liveTasks()) {
                if (!task.isMain()) {
                    out.add(task);
                }
            }
            return out;
        }));
        d.putStr("switches", WeftBuiltin.function("switches",
                (t, a, k) -> t.interp.scheduler().switches()));
        // format_exception(e): what the interpreter prints for e uncaught (doctest uses it).
        d.putStr("format_exception", WeftBuiltin.function("format_exception", (t, a, k) -> {
            if (a.length != 1 || !(a[0] instanceof dev.weft.runtime.WeftError e)) {
                throw dev.weft.runtime.Errors.typeError(
                        "format_exception() takes one exception");
            }
            return dev.weft.runtime.Tracebacks.format(t, e);
        }));
        d.putStr("heap_used", WeftBuiltin.function("heap_used", (t, a, k) -> {
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return rt.totalMemory() - rt.freeMemory();
        }));
    }
}
