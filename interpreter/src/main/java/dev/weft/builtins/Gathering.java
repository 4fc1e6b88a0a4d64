// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.sched.Task;
import dev.weft.sched.Timer;
import dev.weft.sched.Wait;
import java.util.function.Consumer;

/** Waiting for several tasks at once: gather and joinall. */
final class Gathering {
    private Gathering() {}

    static Step waitAll(Fiber t, CallSite site, Task[] tasks, boolean collect) {
        Task me = Task.of(t);
        Object[] results = new Object[tasks.length];
        int[] remaining = {tasks.length};
        boolean[] over = {false};
        if (tasks.length == 0) {
            return site.returned(t, new WeftList());
        }
        @SuppressWarnings("unchecked")
        Consumer<Task>[] listeners = new Consumer[tasks.length];
        for (int i = 0; i < tasks.length; i++) {
            int index = i;
            tasks[i].retrievedBy();
            listeners[i] = done -> {
                if (over[0]) {
                    return;
                }
                WeftError e = done.isCancelled()
                        ? new WeftError(ErrorTypes.CANCELLED_ERROR, done.error().args())
                        : done.error();
                if (e != null && !collect) {
                    over[0] = true;
                    me.wakeRaising(e);
                    return;
                }
                results[index] = e != null ? e : done.result();
                if (--remaining[0] == 0) {
                    over[0] = true;
                    me.wakeWith(new WeftList(results));
                }
            };
        }
        Wait w = new Wait("gather() of " + tasks.length + " tasks", t.frame.code, site.line,
                false, () -> {
                    over[0] = true;
                    for (int i = 0; i < tasks.length; i++) {
                        tasks[i].removeListener(listeners[i]);
                        tasks[i].cancel(WeftNone.NONE);
                    }
                });
        Step s = me.park(site, w);
        for (int i = 0; i < tasks.length && !over[0]; i++) {
            tasks[i].whenDone(listeners[i]);
        }
        return s;
    }

    /**
     * joinall: parks until every task is done or the timeout passes, then delivers the done
     * ones. With {@code raiseError}, a task that failed (cancellation is not a failure, as a
     * gevent kill is not) has its exception raised instead: one already failed, first in the
     * order given, or else the first to fail while joinall waits.
     */
    static Step joinAll(Fiber t, CallSite site, Task[] tasks, Object timeout,
            boolean raiseError) {
        Task me = Task.of(t);
        int[] remaining = {0};
        for (Task task : tasks) {
            task.retrievedBy();
            if (raiseError && failure(task) != null) {
                return t.raise(failure(task), site);
            }
            if (!task.isDone()) {
                remaining[0]++;
            }
        }
        if (remaining[0] == 0) {
            return site.returned(t, Concurrency.doneOnes(tasks));
        }
        Timer[] timer = new Timer[1];
        boolean[] over = {false};
        Runnable stopTimer = () -> {
            if (timer[0] != null) {
                timer[0].cancel();
            }
        };
        Consumer<Task> listener = done -> {
            if (over[0]) {
                return;
            }
            WeftError e = raiseError ? failure(done) : null;
            if (e != null) {
                over[0] = true;
                stopTimer.run();
                me.wakeRaising(e);
            } else if (--remaining[0] == 0) {
                over[0] = true;
                stopTimer.run();
                me.wakeWith(Concurrency.doneOnes(tasks));
            }
        };
        if (timeout != WeftNone.NONE) {
            timer[0] = t.interp.scheduler().after(FloatOps.toDouble(timeout), () -> {
                over[0] = true;
                me.wakeWith(Concurrency.doneOnes(tasks));
            });
        }
        Wait w = new Wait("joinall() of " + tasks.length + " tasks", t.frame.code, site.line,
                timeout != WeftNone.NONE, () -> {
                    over[0] = true;
                    stopTimer.run();
                });
        Step s = me.park(site, w);
        for (Task task : tasks) {
            if (!task.isDone()) {
                task.whenDone(listener);
            }
        }
        return s;
    }

    /** The exception a done task failed with; null while it runs, on success or cancel. */
    private static WeftError failure(Task task) {
        return task.isDone() && !task.isCancelled() ? task.error() : null;
    }
}
