// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Scheduler;
import dev.weft.sched.Task;
import dev.weft.sched.Timer;

/**
 * Work the hub starts: a greenlet that becomes the root of a task of its own (gevent's
 * Greenlet.start, spawn_raw), or a callback run in the hub (a task whose current greenlet is
 * the hub: gevent's loop callbacks and timers). Either may start now or after a delay, and may
 * be stopped until it has begun. Such tasks are gevent's: they are abandoned, not cancelled,
 * when the program ends (gevent's own code reports their failures; anything that still escapes
 * is reported as any task's failure).
 */
public final class Roots {
    private Roots() {}

    /** Starts {@code g} (new) as the root of a task, calling its run with {@code args}. */
    public static Handle start(Fiber t, Greenlet g, Object[] args, String[] kwnames,
            double delay) {
        if (g.state != Greenlet.State.NEW || g.root) {
            throw GreenletType.error("cannot start a greenlet that was already started");
        }
        Handle h = new Handle();
        h.starter = () -> {
            Task task = newTask(t, "Greenlet");
            Greenlet.rootOf(task, g);
            task.whenDone(done -> g.rootFinished());
            h.task = task;
            task.fiber().interp.scheduler().start(task, new RootStarter(h, g, args, kwnames,
                    task));
        };
        return h.schedule(t.interp.scheduler(), delay);
    }

    /** Runs {@code fn(*args)} in the hub: soon, or after {@code delay} seconds. */
    public static Handle callback(Fiber t, Object fn, Object[] args, double delay) {
        Handle h = new Handle();
        Greenlet hub = Greenlets.of(t).hub();
        h.starter = () -> {
            Task task = newTask(t, "hub");
            task.greenlet = hub;
            task.rootGreenlet = hub;
            h.task = task;
            task.fiber().interp.scheduler().start(task, new Step() {
                @Override
                public Step run(Fiber f) {
                    h.started = true;
                    return Calls.call(f, task.rootSite(), fn, args, null);
                }
            });
        };
        return h.schedule(t.interp.scheduler(), delay);
    }

    private static Task newTask(Fiber t, String name) {
        Task task = t.interp.scheduler().newTask(name, t.frame == null ? null : t.frame.code, 0);
        task.abandonAtExit = true;
        return task;
    }

    /** The first step of a root task: the greenlet is now running; call its run. */
    private static final class RootStarter extends Step {
        private final Handle handle;
        private final Greenlet g;
        private final Object[] args;
        private final String[] kwnames;
        private final Task task;

        RootStarter(Handle handle, Greenlet g, Object[] args, String[] kwnames, Task task) {
            this.handle = handle;
            this.g = g;
            this.args = args;
            this.kwnames = kwnames;
            this.task = task;
        }

        @Override
        public Step run(Fiber t) {
            handle.started = true;
            g.rootStarted();
            Object run = GreenletType.takeRun(t, g);
            return Calls.call(t, task.rootSite(), run, args, kwnames);
        }
    }

    /**
     * The start of a root or callback, as gevent's start event: pending until it begins,
     * stop() prevents it from ever beginning.
     */
    public static final class Handle implements WeftObject {
        public static final WeftType TYPE = WeftType.builtin("start_event", Types.OBJECT);

        static {
            TYPE.setModule("gevent.hub");
            TYPE.define("stop", WeftBuiltin.method("stop", (t, a, k) -> {
                ((Handle) a[0]).stop();
                return WeftNone.NONE;
            }).ownedBy(TYPE));
            TYPE.define("close", WeftBuiltin.method("close", (t, a, k) -> WeftNone.NONE)
                    .ownedBy(TYPE));
            TYPE.define("pending", GetSet.readOnly("pending", (t, o) -> ((Handle) o).pending()));
            TYPE.define("active", GetSet.readOnly("active", (t, o) -> ((Handle) o).pending()));
        }

        private Runnable starter;
        private Timer timer;
        private Task task;
        private boolean started;
        private boolean stopped;

        private Handle schedule(Scheduler sched, double delay) {
            if (delay > 0) {
                timer = sched.after(delay, () -> {
                    timer = null;
                    starter.run();
                });
            } else {
                starter.run();
            }
            return this;
        }

        /** Makes the started task run before any other ready one. */
        void runNext() {
            if (task != null) {
                task.runNext();
            }
        }

        boolean pending() {
            return !started && !stopped;
        }

        void stop() {
            if (started || stopped) {
                return;
            }
            stopped = true;
            if (timer != null) {
                timer.cancel();
            } else if (task != null) {
                task.cancel(null);
            }
        }

        @Override
        public WeftType type() {
            return TYPE;
        }
    }
}
