// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftCoroutine;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.sched.Future;
import dev.weft.sched.Spawner;
import dev.weft.sched.Task;
import dev.weft.sched.Timer;
import dev.weft.sched.Wait;
import java.util.List;

/**
 * The native concurrency builtins: sleep, current, gather, joinall, spawn (the Task type and the
 * synchronisation classes live in dev.weft.sched). Waiting builtins park only the calling task.
 */
final class Concurrency {
    private Concurrency() {}

    static final List<WeftBuiltin> ALL = List.of(
            WeftBuiltin.cpsFunction("sleep", Concurrency::sleep).suspending(),
            WeftBuiltin.function("current", (t, a, k) -> {
                Sig.exactly("current", a, k, 0);
                return Task.of(t);
            }),
            WeftBuiltin.cpsFunction("gather", Concurrency::gather).suspending(),
            WeftBuiltin.cpsFunction("joinall", Concurrency::joinall).suspending(),
            WeftBuiltin.cpsFunction("spawn", Concurrency::spawn));

    /**
     * spawn(fn, *args, **kwargs) or spawn(coroutine): the keyword as an ordinary builtin, so
     * that {@code spawn(f, x)} (which Python reads as a call of the name spawn) starts a task
     * too. A script may rebind the name; the keyword form is not affected.
     */
    private static Step spawn(Fiber t, CallSite site, Object[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos == 0) {
            throw Errors.typeError("spawn() missing 1 required positional argument: 'function'");
        }
        dev.weft.cps.Code code = t.frame == null ? null : t.frame.code;
        if (a.length == 1) {
            return site.returned(t, Spawner.spawnValue(t, a[0], code, site.line));
        }
        if (!dev.weft.runtime.Calls.isCallable(a[0])) {
            throw Errors.typeError("'" + Types.name(a[0]) + "' object is not callable");
        }
        Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        return site.returned(t, Spawner.spawnCall(t, a[0], rest, k, code, site.line));
    }

    /** sleep(seconds): parks the calling task; sleep(0) goes to the back of the ready queue. */
    private static Step sleep(Fiber t, CallSite site, Object[] a, String[] k) {
        Sig.exactly("sleep", a, k, 1);
        double secs = FloatOps.toDouble(a[0]);
        Task me = Task.of(t);
        String what = "sleep(" + dev.weft.runtime.Reprs.repr(t, a[0]) + ")";
        if (!(secs > 0)) {
            return me.yieldNow(site, what);
        }
        Timer timer = t.interp.scheduler().after(secs, () -> me.wakeWith(WeftNone.NONE));
        return me.park(site, new Wait(what, t.frame.code, site.line, true, timer::cancel));
    }

    /**
     * gather(*tasks_or_coroutines, return_exceptions=False): runs coroutines as tasks and waits
     * for all; returns their results in order. The first failure is raised at once (the others
     * go on), unless return_exceptions collects them as results.
     */
    private static Step gather(Fiber t, CallSite site, Object[] a, String[] k) {
        boolean collect = false;
        int npos = a.length - (k == null ? 0 : k.length);
        for (int i = 0; k != null && i < k.length; i++) {
            if (!k[i].equals("return_exceptions")) {
                throw Errors.typeError("gather() got an unexpected keyword argument '" + k[i]
                        + "'");
            }
            collect = Truth.isTrue(t, a[npos + i]);
        }
        Task[] tasks = new Task[npos];
        for (int i = 0; i < npos; i++) {
            tasks[i] = asTask(t, a[i]);
        }
        return Gathering.waitAll(t, site, tasks, collect);
    }

    static Task asTask(Fiber t, Object o) {
        if (o instanceof Task task) {
            return task;
        }
        if (o instanceof WeftCoroutine || dev.weft.sched.Awaiting.isAwaitable(o)) {
            return Spawner.spawnAwait(t, o, null);
        }
        throw Errors.typeError("An asyncio.Future, a coroutine or an awaitable is required");
    }

    /**
     * joinall(tasks, timeout=None, raise_error=False): waits for every task (or the timeout);
     * the done ones. With raise_error, as gevent's, the first task to fail has its exception
     * raised at once.
     */
    private static Step joinall(Fiber t, CallSite site, Object[] a, String[] k) {
        Object[] b = Sig.of("joinall(tasks, timeout=, raise_error=)").bind(a, k);
        Object[] items = Iter.toArray(t, b[0]);
        Task[] tasks = new Task[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof Task task)) {
                throw Errors.typeError("joinall() expects tasks, not '" + Types.name(items[i])
                        + "'");
            }
            tasks[i] = task;
        }
        Object timeout = b[1] == null ? WeftNone.NONE : b[1];
        boolean raiseError = b[2] != null && Truth.isTrue(t, b[2]);
        return Gathering.joinAll(t, site, tasks, timeout, raiseError);
    }

    static WeftList doneOnes(Task[] tasks) {
        WeftList out = new WeftList();
        for (Task task : tasks) {
            if (task.isDone()) {
                out.add(task);
            }
        }
        return out;
    }
}
