// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Tracebacks;
import dev.weft.runtime.WeftError;
import java.util.ArrayList;
import java.util.List;

/**
 * What asyncio's default exception handler prints: a callback that raised (at once), and, when
 * the program ends, asyncio tasks and futures whose exception nobody retrieved and asyncio
 * tasks still pending. CPython prints the last two when the object is garbage-collected;
 * Weft, which has no such moment, prints them at exit, in the order the exceptions were set.
 */
public final class Reports {
    /** Tasks and futures that ended with an exception, in that order. */
    private final List<Object> failed = new ArrayList<>();

    void finished(Task t) {
        if (t.error() != null && !t.isCancelled()) {
            failed.add(t);
        }
    }

    void watch(Future f) {
        failed.add(f);
    }

    void callbackFailed(Fiber t, Object fn, Object[] args, WeftError e) {
        String source = Callbacks.source(t, fn, args);
        write(t.interp, "Exception in callback " + source + "\nhandle: <Handle " + source
                + ">\n" + Tracebacks.format(t, e));
    }

    /** Prints what is left to report as the program ends. */
    public void atExit(Interpreter interp, Iterable<Task> live) {
        Fiber t = interp.mainFiber();
        for (Object o : failed) {
            if (o instanceof Task task && !task.retrieved) {
                write(interp, "Task exception was never retrieved\nfuture: "
                        + TaskType.repr(t, task) + "\n" + Tracebacks.format(t, task.error()));
            } else if (o instanceof Future f && f.logTraceback) {
                write(interp, "Future exception was never retrieved\nfuture: "
                        + FutureType.repr(t, f) + "\n" + Tracebacks.format(t, f.error()));
            }
        }
        failed.clear();
        for (Task task : live) {
            if (task.asyncio && !task.isDone()) {
                write(interp, "Task was destroyed but it is pending!\ntask: "
                        + TaskType.repr(t, task) + "\n");
            }
        }
    }

    private static void write(Interpreter interp, String text) {
        interp.stdout().flush();
        interp.stderr().write(text);
    }
}
