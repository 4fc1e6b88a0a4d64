// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftError;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One task parked on work done on another thread. The other thread reports the outcome with
 * {@link #succeed} or {@link #fail}; the outcome travels through the scheduler's inbox and
 * wakes the task there, but only if it still waits on this very handoff: a task cancelled in
 * the meantime may be parked on something else by then, and a late outcome must not resume it.
 * An outcome nobody waits for any more goes to {@code orphan} (to close a channel a cancelled
 * open() produced, say).
 */
public final class Handoff {
    private final Scheduler scheduler;
    private final Task task;
    private final Consumer<Object> orphan;
    private Wait wait;
    /** Set (on any thread) once the outcome is posted: a second report is a bug. */
    private volatile boolean reported;

    private Handoff(Scheduler scheduler, Task task, Consumer<Object> orphan) {
        this.scheduler = scheduler;
        this.task = task;
        this.orphan = orphan;
    }

    /**
     * Parks the running task of {@code t} at {@code site}, waiting for {@code what}. Returns
     * null when the task parked (start the work then, with {@link #step}'s handoff), or the
     * step to return instead when it may not park (a cancellation was pending).
     * {@code withdraw} runs on the scheduler if the task stops waiting before the outcome.
     */
    static Parked park(Fiber t, CallSite site, String what, Runnable withdraw,
            Consumer<Object> orphan) {
        Task me = Task.of(t);
        Scheduler s = t.interp.scheduler();
        Handoff h = new Handoff(s, me, orphan);
        Wait w = new Wait(what, t.frame.code, site.line, true, withdraw);
        Step step = me.park(site, w);
        if (me.currentWait() != w) {
            return new Parked(null, step);
        }
        h.wait = w;
        s.beginExternal();
        return new Parked(h, step);
    }

    /** The result of {@link #park}: the handoff to report to (null if not parked) and the step. */
    record Parked(Handoff handoff, Step step) {}

    /** Delivers {@code value} to the task (thread-safe; at most one report per handoff). */
    public void succeed(Object value) {
        deliver(() -> value);
    }

    /** Raises {@code error} in the task (thread-safe; at most one report per handoff). */
    public void fail(WeftError error) {
        deliver(() -> {
            throw error;
        });
    }

    /**
     * Reports an outcome computed on the scheduler thread when it arrives: what {@code outcome}
     * returns is delivered, the WeftError it throws is raised (thread-safe; once per handoff).
     * Script values that must be built on the scheduler thread are built there this way.
     */
    public void deliver(Supplier<Object> outcome) {
        report(() -> {
            boolean waiting = task.currentWait() == wait;
            if (!waiting && orphan == null) {
                return;
            }
            Object value;
            try {
                value = outcome.get();
            } catch (WeftError e) {
                if (waiting) {
                    task.wakeRaising(e);
                }
                return;
            }
            if (waiting) {
                task.wakeWith(value);
            } else {
                orphan.accept(value);
            }
        });
    }

    /**
     * A Java exception that is not a script error escaped the work: a bug, rethrown on the
     * scheduler thread so it surfaces as the internal error it is, not as a silent hang.
     */
    void crash(RuntimeException bug) {
        report(() -> {
            throw bug;
        });
    }

    private void report(Runnable outcome) {
        if (reported) {
            throw new IllegalStateException("a handoff was reported twice");
        }
        reported = true;
        scheduler.post(outcome);
    }
}
