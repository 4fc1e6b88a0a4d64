// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Scheduler;
import dev.weft.sched.Task;

/**
 * The greenlets of one interpreter: the main greenlet (the root of the main program, and of
 * every REPL input), the hub (the scheduler seen as a greenlet: the parent of every task's root)
 * and the trace function. Other tasks' roots are made when first asked for: a thread's is a
 * main greenlet of its own, a spawned task's has the hub as its parent.
 */
public final class Greenlets {
    private final Greenlet hub;
    private final Greenlet main;
    /** greenlet.settrace's callback, or null. */
    private Object tracer;
    /** What a wait inside a hub callback raises: gevent's BlockingSwitchOutError once known. */
    private WeftType blockingError;

    public Greenlets(Scheduler scheduler) {
        hub = new Greenlet(GreenletType.HUB, null, Greenlet.State.ACTIVE, false, false, true);
        main = new Greenlet(GreenletType.TYPE, null, Greenlet.State.ACTIVE, true, true, false);
    }

    static Greenlets of(Fiber t) {
        return t.interp.scheduler().greenlets();
    }

    public Greenlet hub() {
        return hub;
    }

    /** The greenlet task {@code me} runs now (its root, made on first use). */
    Greenlet currentOf(Task me) {
        Greenlet g = me.greenlet;
        if (g != null) {
            return g;
        }
        if (me.isMain()) {
            g = main;
        } else if (me.isThread()) {
            // Each thread has a main greenlet of its own, as under greenlet.
            g = new Greenlet(GreenletType.TYPE, null, Greenlet.State.ACTIVE, true, true, false);
        } else {
            g = new Greenlet(GreenletType.TYPE, hub, Greenlet.State.ACTIVE, true, false, false);
        }
        g.task = me;
        me.greenlet = g;
        me.rootGreenlet = g;
        return g;
    }

    /** Makes a wait inside a hub callback raise {@code type} (gevent's BlockingSwitchOutError). */
    public void setBlockingError(WeftType type) {
        blockingError = type;
    }

    dev.weft.runtime.WeftError blockingInHub() {
        String message = "Impossible to call blocking function in the event loop callback";
        return blockingError == null ? GreenletType.error(message)
                : new dev.weft.runtime.WeftError(blockingError, WeftTuple.of(message));
    }

    WeftType greenletExit() {
        return GreenletType.GREENLET_EXIT;
    }

    Object setTrace(Object callback) {
        Object old = tracer == null ? WeftNone.NONE : tracer;
        tracer = callback == WeftNone.NONE ? null : callback;
        return old;
    }

    Object getTrace() {
        return tracer == null ? WeftNone.NONE : tracer;
    }

    /** Calls the trace function, if any, as greenlet does: (event, (origin, target)). */
    void trace(Fiber t, String event, Greenlet origin, Greenlet target) {
        if (tracer != null && origin != target) {
            Object fn = tracer;
            tracer = null; // a tracer that switches must not trace itself
            try {
                Calls.callDirect(t, fn, event, WeftTuple.of(origin, target));
            } finally {
                tracer = fn;
            }
        }
    }
}
