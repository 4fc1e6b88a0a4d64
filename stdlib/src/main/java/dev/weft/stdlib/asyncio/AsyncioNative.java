// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.asyncio;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Tracebacks;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftCoroutine;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.sched.Callbacks;
import dev.weft.sched.FutureType;
import dev.weft.sched.Scheduler;
import dev.weft.sched.Spawner;
import dev.weft.sched.Task;
import dev.weft.sched.TaskType;
import dev.weft.sched.Timer;

/**
 * {@code _asyncio}: what the asyncio package (Weft source) needs from the scheduler: the Task
 * and Future types, starting a coroutine as an asyncio task, callbacks soon or at a time on
 * the loop's clock (which is {@code time.monotonic()}), and asyncio's ways of naming things.
 */
public final class AsyncioNative {
    private AsyncioNative() {}

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("Task", TaskType.TYPE);
        d.putStr("Future", FutureType.TYPE);
        fn(d, "_spawn", (t, a, k) -> spawn(t, a[0], a[1]));
        fn(d, "_current_task", (t, a, k) -> {
            Task cur = t.task;
            return cur == null || cur.isMain() || cur.isCallback() ? WeftNone.NONE : cur;
        });
        fn(d, "_live_tasks", (t, a, k) -> {
            dev.weft.runtime.WeftList out = new dev.weft.runtime.WeftList();
            for (Task task : sched(t).liveTasks()) {
                if (task.isAsyncio()) {
                    out.add(task);
                }
            }
            return out;
        });
        fn(d, "_call_soon", (t, a, k) -> {
            sched(t).callSoon(a[0], Iter.toArray(t, a[1]), e -> { });
            return WeftNone.NONE;
        });
        fn(d, "_call_at", (t, a, k) -> callAt(t, FloatOps.toDouble(a[0]), a[1],
                Iter.toArray(t, a[2])));
        fn(d, "_time", (t, a, k) -> sched(t).clock().nanos() / 1e9);
        fn(d, "_set_loop", (t, a, k) -> {
            sched(t).setAsyncioLoop(a[0]);
            return WeftNone.NONE;
        });
        fn(d, "_skip_task_names", (t, a, k) -> {
            sched(t).skipTaskNames((int) (long) (Long) a[0]);
            return WeftNone.NONE;
        });
        fn(d, "_format_callback_source", (t, a, k) ->
                Callbacks.source(t, a[0], Iter.toArray(t, a[1])));
        // Waits (parking the calling task, whatever kind of function called it) until the
        // future is done: how the synchronous run_forever() and run_until_complete() block.
        d.putStr("_block_on", WeftBuiltin.cpsFunction("_block_on",
                (t, site, a, k) -> dev.weft.sched.Awaiting.await(t, site, a[0])).suspending());
        fn(d, "_format_exception", (t, a, k) -> Tracebacks.format(t, (WeftError) a[0]));
        fn(d, "_coroutine_repr", (t, a, k) -> Reprs.repr(t, a[0]));
    }

    private static void fn(WeftDict d, String name, dev.weft.runtime.NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }

    private static Scheduler sched(Fiber t) {
        return t.interp.scheduler();
    }

    /** A task running {@code coro}, named {@code name} (None: Task-N), reported as asyncio's. */
    private static Task spawn(Fiber t, Object coro, Object name) {
        Task task = Spawner.spawnAwait(t, coro, name == WeftNone.NONE ? null
                : Reprs.str(t, name));
        task.markAsyncio();
        if (coro instanceof WeftCoroutine c) {
            task.setCoro(c);
        }
        return task;
    }

    /** {@code fn(*args)} in a callback task when the loop's clock reaches {@code when}. */
    private static Object callAt(Fiber t, double when, Object fn, Object[] args) {
        Scheduler s = sched(t);
        long deadline = (long) Math.min(when * 1e9, Long.MAX_VALUE / 4);
        Timer timer = s.at(deadline, () -> s.callSoon(fn, args, e -> { }));
        return WeftBuiltin.function("cancel", (f, a, k) -> {
            timer.cancel();
            return WeftNone.NONE;
        });
    }

    static WeftError notCoroutine(Fiber t, Object o) {
        return Errors.typeError("a coroutine was expected, got " + Reprs.repr(t, o));
    }
}
