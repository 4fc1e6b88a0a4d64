// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftError;
import dev.weft.sched.Task;

/**
 * Switches that leave the task: the target greenlet belongs to another task. If that task is
 * parked in a switch, it is handed the processor with the message and this one parks in turn
 * (gevent's greenlets switching among themselves). A throw into a greenlet that waits on
 * something else interrupts that wait instead, as gevent's kill does. Anything else is refused,
 * as greenlet refuses a switch into another thread.
 */
final class CrossTask {
    private CrossTask() {}

    static Step switchTo(Fiber t, CallSite site, Task me, Greenlet cur, Greenlet g, Message m) {
        Task owner = g.task;
        if (owner.switchWaiting) {
            if (cur.hub) {
                // The hub runs the target until it waits again, then goes on where it was.
                Step s = me.yieldFirst(site, "switch()");
                owner.wakeNext(new Switch.Request(g, m));
                return s;
            }
            owner.wakeNext(new Switch.Request(g, m));
            return Switch.waitForSwitch(t, me, cur, site);
        }
        if (m.error() != null && g == owner.greenlet && owner.throwIn(m.error())) {
            // It is interrupted where it waits and runs next. The hub goes on after it; a
            // greenlet that threw waits, as greenlet's switching would leave it, to be
            // switched into again.
            owner.runNext();
            if (cur.hub) {
                Step s = me.yieldFirst(site, "throw()");
                owner.runNext();
                return s;
            }
            return Switch.waitForSwitch(t, me, cur, site);
        }
        throw refused(g, owner);
    }

    /**
     * A finished greenlet's parent belongs to another task (its parent was moved there): the
     * message goes there if that task waits in a switch; this task waits in its root.
     */
    static Step handOver(Fiber t, Task me, Greenlet root, CallSite at, Greenlet p, Message m) {
        Task owner = p.task;
        if (!owner.switchWaiting) {
            return t.raise(refused(p, owner), at);
        }
        owner.wakeNext(new Switch.Request(p, m));
        return Switch.waitForSwitch(t, me, root, at);
    }

    private static WeftError refused(Greenlet g, Task owner) {
        return GreenletType.error("cannot switch to " + GreenletType.shortName(g) + ": it belongs"
                + " to task " + owner.name() + ", which is " + (owner.isDone() ? "finished"
                        : "running or waiting for something else"));
    }
}
