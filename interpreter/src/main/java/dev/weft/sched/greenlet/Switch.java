// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftError;
import dev.weft.sched.Task;

/**
 * Handing control from one greenlet to another. Within a task this is a direct hand-over on the
 * same trampoline: the running greenlet's frame chain is saved into it and the target's loaded
 * into the fiber, and the next step is the target's resume point, so no scheduler is involved.
 * A greenlet that finishes sends its return value (or exception) to its parent the same way.
 * Switching to the hub, or to a greenlet of another task, parks the task until something
 * switches back into one of its greenlets (that task runs next: it is handed the processor).
 */
public final class Switch {
    private Switch() {}

    /** The greenlet running on fiber {@code t}. */
    public static Greenlet current(Fiber t) {
        return Greenlets.of(t).currentOf(Task.of(t));
    }

    /** {@code target.switch(*args, **kwargs)} or {@code target.throw(e)}, from {@code site}. */
    static Step switchTo(Fiber t, CallSite site, Greenlet target, Message m) {
        Greenlets world = Greenlets.of(t);
        Task me = Task.of(t);
        Greenlet cur = world.currentOf(me);
        world.trace(t, m.error() == null ? "switch" : "throw", cur, live(target));
        Greenlet g = live(target);
        if (g.hub && cur.hub && m.error() == null) {
            throw world.blockingInHub();
        }
        if (g == cur) {
            return arrive(t, site, m);
        }
        if (g.hub) {
            return waitForSwitch(t, me, cur, site);
        }
        if (cur.hub && g.state == Greenlet.State.NEW && !g.root) {
            // The hub starts a greenlet: it becomes the root of a task, which runs first.
            Step s = me.yieldFirst(site, "switch()");
            Roots.start(t, g, m.args(), m.kwnames(), 0).runNext();
            return s;
        }
        if (!reachable(me, g)) {
            return CrossTask.switchTo(t, site, me, cur, g, m);
        }
        if (t.nativeDepth > 0) {
            throw cannotSwitch();
        }
        cur.save(t, site);
        return enter(t, me, g, m);
    }

    /** The greenlet a switch to {@code g} reaches: a dead one passes it on to its parent. */
    static Greenlet live(Greenlet g) {
        while (g.state == Greenlet.State.DEAD && g.parent != null) {
            g = g.parent;
        }
        return g;
    }

    /**
     * Whether {@code g} can run in task {@code me} by a frame swap: it is one of me's, or it
     * belonged to a task that has ended (it is adopted; a root stays with its task).
     */
    private static boolean reachable(Task me, Greenlet g) {
        if (g.task == me) {
            return true;
        }
        if (g.task == null || g.task.isDone() && !g.root) {
            g.task = me;
            return true;
        }
        return false;
    }

    /** Runs greenlet {@code g} of task {@code me} (not running now) with message {@code m}. */
    static Step enter(Fiber t, Task me, Greenlet g, Message m) {
        me.greenlet = g;
        if (g.state == Greenlet.State.NEW) {
            return start(t, me, g, m);
        }
        return arrive(t, g.load(t), m);
    }

    /** Delivers {@code m} where a greenlet resumes: switch() returns, or the exception rises. */
    static Step arrive(Fiber t, CallSite at, Message m) {
        return m.error() != null ? t.raise(m.error(), at) : at.returned(t, m.packed());
    }

    /** First switch: calls run(*args, **kwargs) on a fresh stack at the bottom of the fiber. */
    private static Step start(Fiber t, Task me, Greenlet g, Message m) {
        g.state = Greenlet.State.ACTIVE;
        g.task = me;
        t.frame = null;
        t.depth = 0;
        t.handled = null;
        if (m.error() != null) {
            return finish(t, me, g, null, m.error());
        }
        try {
            Object run = GreenletType.takeRun(t, g);
            return Calls.call(t, new GreenletRoot(g), run, m.args(), m.kwnames());
        } catch (WeftError e) {
            return finish(t, me, g, null, e);
        }
    }

    /**
     * Greenlet {@code g} ended, returning {@code value} or raising {@code error}; control goes
     * to its (first live) parent. GreenletExit is not propagated: it is the value sent.
     */
    static Step finish(Fiber t, Task me, Greenlet g, Object value, WeftError error) {
        Greenlets world = Greenlets.of(t);
        g.state = Greenlet.State.DEAD;
        if (error != null && error.isInstance(world.greenletExit())) {
            value = error;
            error = null;
        }
        Message m = error != null ? Message.raising(error) : Message.value(value);
        Greenlet p = live(g.parent);
        world.trace(t, "switch", g, p);
        if (p.hub || !reachable(me, p)) {
            // Back to the scheduler: the task waits, in its root, to be switched into again.
            Greenlet root = me.rootGreenlet;
            me.greenlet = root;
            CallSite at = root.load(t);
            if (!p.hub) {
                return CrossTask.handOver(t, me, root, at, p, m);
            }
            return waitForSwitch(t, me, root, at);
        }
        return enter(t, me, p, m);
    }

    /**
     * {@code cur} switched to something outside its task: the task parks, its chain in place,
     * until a switch into one of its greenlets (or an exception) wakes it.
     */
    static Step waitForSwitch(Fiber t, Task me, Greenlet cur, CallSite site) {
        if (t.nativeDepth > 0) {
            throw cannotSwitch();
        }
        me.switchWaiting = true;
        SwitchWaitSite resume = new SwitchWaitSite(me, cur, site);
        return me.park(resume, new dev.weft.sched.Wait("a switch into "
                + GreenletType.shortName(cur), t.frame == null ? null : t.frame.code, site.line,
                false, () -> me.switchWaiting = false));
    }

    /** Switching needs the whole chain on the heap; Java code calling into the script holds part. */
    private static WeftError cannotSwitch() {
        return Errors.runtimeError("cannot switch greenlets here: the switch was called from Java"
                + " code (a sort key, __repr__, __eq__, a callback...), which cannot be paused");
    }

    /** A request delivered to a task parked in a switch: run {@code target} with {@code m}. */
    record Request(Greenlet target, Message message) {}

    /** Where a task parked in a switch resumes: the greenlet a request names gets the message. */
    static final class SwitchWaitSite extends dev.weft.cps.RelaySite {
        private final Task task;
        private final Greenlet waiting;

        SwitchWaitSite(Task task, Greenlet waiting, CallSite site) {
            super(site);
            this.task = task;
            this.waiting = waiting;
        }

        @Override
        public Step returned(Fiber t, Object value) {
            if (!(value instanceof Request r)) {
                return site.returned(t, value);
            }
            if (r.target() == waiting) {
                return arrive(t, site, r.message());
            }
            waiting.save(t, site);
            return enter(t, task, r.target(), r.message());
        }
    }
}
