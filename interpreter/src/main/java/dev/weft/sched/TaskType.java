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

    static {
        TYPE.setModule("_asyncio"); // CPython's Task is implemented there; its repr shows it
        TYPE.define("join", WeftBuiltin.cpsMethod("join", TaskType::join));
        method("done", (t, a, k) -> self(a).isDone());
        method("cancelled", (t, a, k) -> self(a).isCancelled());
        method("cancel", (t, a, k) -> self(a).cancel(a.length > 1 ? a[1] : WeftNone.NONE));
        method("result", (t, a, k) -> outcome(self(a), true));
        method("exception", (t, a, k) -> outcome(self(a), false));
        method("get_name", (t, a, k) -> self(a).name());
        method("set_name", (t, a, k) -> {
            self(a).setName(Reprs.str(t, a[1]));
            return WeftNone.NONE;
        });
        method("add_done_callback", TaskType::addDoneCallback);
        method("__repr__", (t, a, k) -> repr(self(a)));
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
            throw new WeftError(dev.weft.runtime.ErrorTypes.CANCELLED_ERROR, e.args());
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
        Sig.exactly("add_done_callback", a, k, 2);
        Task task = self(a);
        Object fn = a[1];
        task.whenDone(done -> done.scheduler.callSoon(fn, done));
        return WeftNone.NONE;
    }

    static String repr(Task t) {
        StringBuilder sb = new StringBuilder("<Task ");
        sb.append(t.isDone() ? (t.isCancelled() ? "cancelled" : "finished") : "pending");
        sb.append(" name='").append(t.name()).append('\'');
        if (t.isDone() && !t.isCancelled()) {
            if (t.error() != null) {
                sb.append(" exception=").append(Reprs.errorRepr(t.fiber(), t.error()));
            } else {
                sb.append(" result=").append(Reprs.repr(t.fiber(), t.result()));
            }
        }
        return sb.append('>').toString();
    }
}
