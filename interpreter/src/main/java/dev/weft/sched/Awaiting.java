// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;
import dev.weft.runtime.Awaited;
import dev.weft.runtime.WeftCoroutine;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import java.util.function.Consumer;

/** What {@code await x} does for each kind of awaitable. */
public final class Awaiting {
    private Awaiting() {}

    /** Awaits {@code v}; {@code site} hears its value (or the exception is raised there). */
    public static Step await(Fiber t, CallSite site, Object v) {
        if (v instanceof Awaited a) {
            return site.returned(t, a.value());
        }
        if (v instanceof WeftCoroutine c) {
            return c.await(t, site);
        }
        if (v instanceof Task task) {
            return awaitTask(t, site, task);
        }
        if (v instanceof Future fu) {
            return fu.await(t, site);
        }
        if (v instanceof ANext next) {
            return next.await(t, site);
        }
        Object dunder = Types.of(v).lookup("__await__");
        if (dunder != null) {
            return DunderAwait.start(t, site, v, dunder);
        }
        throw Errors.typeError("object " + Types.name(v) + " can't be used in 'await'"
                + " expression");
    }

    /** Whether {@code await v} can take {@code v}. */
    public static boolean isAwaitable(Object v) {
        return v instanceof Awaited || v instanceof WeftCoroutine || v instanceof Task
                || v instanceof Future || v instanceof ANext
                || Types.of(v).lookup("__await__") != null;
    }

    /**
     * {@code await task}: its result, or its exception raised here. Cancelling the awaiting
     * task cancels the awaited one too, as in asyncio.
     */
    static Step awaitTask(Fiber t, CallSite site, Task target) {
        target.retrieved = true;
        if (target.isDone()) {
            return deliver(t, site, target);
        }
        Task me = Task.of(t);
        if (me == target) {
            throw Errors.runtimeError("a task cannot await itself");
        }
        Consumer<Task> listener = new Callbacks.Wakeup<>(me, done -> {
            if (done.isCancelled()) {
                me.wakeRaising(done.cancelledError());
            } else if (done.error() != null) {
                me.wakeRaising(done.error());
            } else {
                me.wakeWith(done.result());
            }
        });
        target.whenDone(listener);
        Wait w = new Wait("task " + target.name(), t.frame.code, site.line, false, () -> {
            target.removeListener(listener);
            Object msg = me.isCancelling() ? me.cancelMessage() : null;
            target.cancel(msg == null ? WeftNone.NONE : msg);
        });
        w.awaited = target;
        return me.park(site, w);
    }

    private static Step deliver(Fiber t, CallSite site, Task done) {
        if (done.isCancelled()) {
            return t.raise(done.cancelledError(), site);
        }
        if (done.error() != null) {
            return t.raise(done.error(), site);
        }
        return site.returned(t, done.result());
    }
}
