// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.sched.Task;
import dev.weft.sched.Timer;
import dev.weft.sched.Wait;
import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * Tasks parked on one synchronisation object, woken first come first served. A waiter may
 * carry a payload (the item a blocked put() holds) and may give up after a timeout. Public for
 * the standard library's own primitives (threading's locks).
 */
public final class Waiters {
    /** One parked task. */
    public static final class Waiter {
        public final Task task;
        public final Object payload;
        Timer timer;
        /** Extra state a primitive keeps per waiter (e.g. RLock recursion depth). */
        public int count;

        public Waiter(Task task, Object payload) {
            this.task = task;
            this.payload = payload;
        }
    }

    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    public int size() {
        return queue.size();
    }

    /**
     * Parks the running task. After {@code timeout} seconds (None: never) it is woken by
     * {@code onTimeout} instead: a value, or an exception to raise.
     */
    public Step park(Fiber t, CallSite site, String what, Object payload, Object timeout,
            Supplier<Object> onTimeout) {
        return parkAs(new Waiter(Task.of(t), payload), t, site, what, timeout, onTimeout);
    }

    /** Parks the running task as waiter {@code w}, made by the caller to carry its own state. */
    public Step parkAs(Waiter w, Fiber t, CallSite site, String what, Object timeout,
            Supplier<Object> onTimeout) {
        Task me = w.task;
        queue.addLast(w);
        boolean timed = timeout != null && timeout != WeftNone.NONE;
        if (timed) {
            double secs = FloatOps.toDouble(timeout);
            w.timer = t.interp.scheduler().after(secs, () -> {
                if (!queue.remove(w)) {
                    return;
                }
                Object v = onTimeout.get();
                if (v instanceof WeftError e) {
                    me.wakeRaising(e);
                } else {
                    me.wakeWith(v);
                }
            });
        }
        return me.park(site, new Wait(what, t.frame.code, site.line, timed, () -> {
            queue.remove(w);
            if (w.timer != null) {
                w.timer.cancel();
            }
        }));
    }

    public Waiter peek() {
        return queue.peekFirst();
    }

    /** Removes the first waiter (without waking it); null when none. */
    public Waiter take() {
        Waiter w = queue.pollFirst();
        if (w != null && w.timer != null) {
            w.timer.cancel();
        }
        return w;
    }

    /** Wakes the first waiter with {@code value}; false when none waits. */
    public boolean wakeOne(Object value) {
        Waiter w = take();
        if (w == null) {
            return false;
        }
        w.task.wakeWith(value);
        return true;
    }

    public int wakeAll(Object value) {
        int n = 0;
        while (wakeOne(value)) {
            n++;
        }
        return n;
    }

}
