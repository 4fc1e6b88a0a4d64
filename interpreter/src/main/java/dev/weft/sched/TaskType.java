// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.builtins.Sig;
import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import java.util.function.Consumer;

/** The script-visible Task type: join, result, cancel, callbacks, and its repr. */
public final class TaskType {
    private TaskType() {}

    public static final WeftType TYPE = WeftType.builtin("Task", Types.OBJECT);
    private static final Sig CANCEL = Sig.of("cancel(self, msg=)");
    private static final Sig ADD = Sig.of("add_done_callback(self, fn, /, *, context=)");

    static {
        TYPE.setModule("_asyncio"); // CPython's Task is implemented there; its repr shows it
        TYPE.define("join", WeftBuiltin.cpsMethod("join", TaskType::join));
        method("done", (t, a, k) -> self(a).isDone());
        method("cancelled", (t, a, k) -> self(a).isCancelled());
        method("cancel", (t, a, k) -> {
            Object[] p = CANCEL.bind(a, k);
            return self(a).cancel(p[1] == null ? WeftNone.NONE : p[1]);
        });
        method("cancelling", (t, a, k) -> (long) self(a).cancelling());
        method("uncancel", (t, a, k) -> (long) self(a).uncancel());
        method("get_coro", (t, a, k) -> {
            Object c = self(a).coro();
            return c == null ? WeftNone.NONE : c;
        });
        method("get_loop", (t, a, k) -> t.interp.scheduler().asyncioLoop());
        method("remove_done_callback", (t, a, k) -> {
            Sig.exactly("remove_done_callback", a, k, 2);
            return (long) self(a).removeListeners(l -> l instanceof Callbacks.Script<?> c
                    && dev.weft.runtime.Compare.eq(t, c.fn(), a[1]));
        });
        method("result", (t, a, k) -> outcome(self(a), true));
        method("exception", (t, a, k) -> outcome(self(a), false));
        method("get_name", (t, a, k) -> self(a).name());
        method("set_name", (t, a, k) -> {
            self(a).setName(Reprs.str(t, a[1]));
            return WeftNone.NONE;
        });
        method("add_done_callback", TaskType::addDoneCallback);
        method("__repr__", (t, a, k) -> repr(t, self(a)));
        method("__await__", (t, a, k) -> new FutureIter(self(a)));
        method("__iter__", (t, a, k) -> new FutureIter(self(a)));
        TYPE.define("name", new GetSet("name", (t, o) -> ((Task) o).name(),
                (t, o, v) -> ((Task) o).setName(Reprs.str(t, v))));
        TYPE.define("value", GetSet.readOnly("value", (t, o) -> {
            Task task = (Task) o;
            task.retrieved = true;
            return task.isDone() && task.error() == null ? task.result() : WeftNone.NONE;
        }));
    }

    private static void method(String name, dev.weft.runtime.NativeCode code) {
        TYPE.define(name, WeftBuiltin.method(name, code).ownedBy(TYPE));
    }

    static Task self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof Task t)) {
            throw Errors.typeError("descriptor requires a 'Task' object");
        }
        return t;
    }

    /** result() (raising the task's exception) or exception(). */
    static Object outcome(Task task, boolean result) {
        if (!task.isDone()) {
            throw Errors.of(dev.weft.runtime.ErrorTypes.INVALID_STATE_ERROR,
                    result ? "Result is not set." : "Exception is not set.");
        }
        task.retrieved = true;
        WeftError e = task.error();
        if (task.isCancelled()) {
            throw task.cancelledError();
        }
        if (result) {
            if (e != null) {
                throw e;
            }
            return task.result();
        }
        return e == null ? WeftNone.NONE : e;
    }

    private static final Sig JOIN = Sig.of("join(self, timeout=)");

    /** join(timeout=None): waits until the task is done (or the timeout passes); None. */
    private static Step join(Fiber t, CallSite site, Object[] a, String[] k) {
        Object[] b = JOIN.bind(a, k);
        Task target = self(a);
        target.retrieved = true;
        Object timeout = b[1] == null ? WeftNone.NONE : b[1];
        if (target.isDone()) {
            return site.returned(t, WeftNone.NONE);
        }
        return waitFor(t, site, target, timeout, "join() of " + (target.isThread() ? "thread " : "task ") + target.name(),
                done -> WeftNone.NONE);
    }

    /**
     * Parks the running task until {@code target} is done or {@code timeout} (seconds or None)
     * passes; then delivers {@code outcome.apply(target)} (or None after a timeout).
     */
    static Step waitFor(Fiber t, CallSite site, Task target, Object timeout, String what,
            java.util.function.Function<Task, Object> outcome) {
        Task me = Task.of(t);
        if (me == target) {
            throw Errors.runtimeError("a task cannot wait for itself");
        }
        Timer[] timer = new Timer[1];
        Consumer<Task> listener = done -> {
            if (timer[0] != null) {
                timer[0].cancel();
            }
            me.wakeWith(outcome.apply(done));
        };
        target.whenDone(listener);
        if (timeout != WeftNone.NONE) {
            double secs = FloatOps.toDouble(timeout);
            timer[0] = me.scheduler.after(secs, () -> {
                target.removeListener(listener);
                me.wakeWith(WeftNone.NONE);
            });
        }
        Wait w = new Wait(what, t.frame.code, site.line, timeout != WeftNone.NONE, () -> {
            target.removeListener(listener);
            if (timer[0] != null) {
                timer[0].cancel();
            }
        });
        return me.park(site, w);
    }

    private static Object addDoneCallback(Fiber t, Object[] a, String[] k) {
        Object[] p = ADD.bind(a, k);
        Task task = self(a);
        task.whenDone(new Callbacks.Script<>(p[1], task.scheduler));
        return WeftNone.NONE;
    }

    /**
     * CPython's task repr: {@code <Task pending name='Task-1' coro=<f() running at x.py:3>
     * wait_for=<Future pending cb=[Task.task_wakeup()]>>}, {@code <Task finished ... result=1>}.
     */
    static String repr(Fiber t, Task task) {
        StringBuilder sb = new StringBuilder("<Task ");
        boolean done = task.isDone();
        sb.append(done ? (task.isCancelled() ? "cancelled" : "finished")
                : task.cancelling() > 0 ? "cancelling" : "pending");
        sb.append(" name=").append(Reprs.repr(t, task.name()));
        if (task.coro() instanceof dev.weft.runtime.WeftCoroutine c) {
            sb.append(" coro=<").append(coro(task, c)).append('>');
        }
        if (done && !task.isCancelled()) {
            if (task.error() != null) {
                sb.append(" exception=").append(Reprs.errorRepr(t, task.error()));
            } else {
                sb.append(" result=").append(dev.weft.runtime.LimitedRepr.of(t, task.result()));
            }
        }
        Wait w = task.shownWait();
        if (!done && w != null) {
            if (w.awaited instanceof Future f) {
                sb.append(" wait_for=").append(FutureType.repr(t, f));
            } else if (w.awaited instanceof Task other) {
                sb.append(" wait_for=").append(repr(t, other));
            } else if (w.what.startsWith("sleep(")) {
                // asyncio.sleep waits on a future of its own; Weft's timer stands in for it.
                sb.append(w != task.currentWait()
                        ? task.isCancelQueued() ? " wait_for=<Future cancelled>"
                                : " wait_for=<Future finished result=None>"
                        : " wait_for=<Future pending cb=[Task.task_wakeup()]>");
            }
        }
        sb.append(Callbacks.list(t, task.listeners()));
        return sb.append('>').toString();
    }

    /** {@code f() running at x.py:3}, or {@code f() done, defined at x.py:1}. */
    private static String coro(Task task, dev.weft.runtime.WeftCoroutine c) {
        String name = c.qualname() + "()";
        if (c.frame() == null) {
            return name + " done, defined at " + c.file() + ":" + c.definedAt();
        }
        int line = c.isStarted() ? task.coroLine(c.frame(), c.definedAt()) : c.definedAt();
        return name + " running at " + c.file() + ":" + line;
    }
}
