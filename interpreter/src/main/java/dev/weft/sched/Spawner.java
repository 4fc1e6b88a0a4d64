// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftCoroutine;
import dev.weft.runtime.WeftError;
import dev.weft.steps.CallStarter;

/**
 * Starting tasks. {@code spawn f(x)} calls f in the new task (which first runs when the spawner
 * next suspends); a coroutine, whether given or returned by that call, is awaited there.
 */
public final class Spawner {
    private Spawner() {}

    /** {@code spawn fn(args)}. */
    public static Task spawnCall(Fiber t, Object fn, Object[] args, String[] kwnames, Code code,
            int line) {
        Scheduler sched = t.interp.scheduler();
        Task task = sched.newTask(null, code, line);
        sched.start(task, new CallStarter(fn, args, kwnames, new AwaitResult(task.rootSite())));
        return task;
    }

    /** {@code spawn value}: a coroutine (or other awaitable) to run, or a callable. */
    public static Task spawnValue(Fiber t, Object value, Code code, int line) {
        if (value instanceof WeftCoroutine || value instanceof Future || value instanceof Task) {
            Scheduler sched = t.interp.scheduler();
            Task task = sched.newTask(null, code, line);
            sched.start(task, new AwaitStarter(value, task.rootSite()));
            return task;
        }
        if (Calls.isCallable(value)) {
            return spawnCall(t, value, new Object[0], null, code, line);
        }
        throw Errors.typeError("spawn needs a call, a coroutine or a callable, not '"
                + Types.name(value) + "'");
    }

    /** Starts a task that awaits {@code awaitable}. */
    public static Task spawnAwait(Fiber t, Object awaitable, String name) {
        Scheduler sched = t.interp.scheduler();
        Task task = sched.newTask(name, t.frame == null ? null : t.frame.code, 0);
        sched.start(task, new AwaitStarter(awaitable, task.rootSite()));
        return task;
    }

    /** The first step of a task that awaits something. */
    private static final class AwaitStarter extends Step {
        private final Object awaitable;
        private final CallSite site;

        AwaitStarter(Object awaitable, CallSite site) {
            this.awaitable = awaitable;
            this.site = site;
        }

        @Override
        public Step run(Fiber t) {
            try {
                return Awaiting.await(t, site, awaitable);
            } catch (WeftError e) {
                if (t.frame != null) {
                    throw e;
                }
                return site.unwound(t, e); // not awaitable after all: the task ends with that
            }
        }
    }

    /** A call's result: a coroutine is awaited, anything else ends the task. */
    private static final class AwaitResult extends CallSite {
        private final CallSite root;

        AwaitResult(CallSite root) {
            this.root = root;
        }

        @Override
        public Step returned(Fiber t, Object value) {
            if (value instanceof WeftCoroutine c) {
                return c.await(t, root);
            }
            return root.returned(t, value);
        }

        @Override
        public boolean isBoundary() {
            return true;
        }

        @Override
        public Step unwound(Fiber t, WeftError e) {
            return root.unwound(t, e);
        }
    }
}
