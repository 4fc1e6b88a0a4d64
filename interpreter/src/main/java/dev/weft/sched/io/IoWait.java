// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.io;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.sched.Retry;
import dev.weft.sched.Scheduler;
import dev.weft.sched.Task;
import dev.weft.sched.Timer;
import dev.weft.sched.Wait;
import java.util.function.Supplier;

/**
 * A non-blocking channel operation that waits when it would block: it is attempted at once,
 * and each time it cannot proceed the calling task parks on the channel until it is ready (or
 * the deadline passes), then tries again. Only that task waits; under the blocking rule of an
 * unpatched gevent program ({@link Reactor#isCooperative}) the whole interpreter waits instead.
 */
public final class IoWait {
    private IoWait() {}

    /** One try at the operation: its result, or null when it would block. */
    @FunctionalInterface
    public interface Attempt {
        Object run();
    }

    /** No deadline. */
    public static final long NEVER = Long.MAX_VALUE;

    /**
     * Performs {@code attempt}, waiting on {@code reg} for {@code ops} while it would block,
     * until {@code deadline} (nanos of the interpreter's clock, or {@link #NEVER}); then
     * {@code timeout} says what happens: an error to raise, or a value to return.
     * {@code what} names the wait for :tasks and deadlock reports.
     */
    public static Step perform(Fiber t, CallSite site, Registration reg, int ops, long deadline,
            String what, Supplier<Object> timeout, Attempt attempt) {
        Object r = attempt.run();
        if (r != null) {
            return site.returned(t, r);
        }
        Scheduler s = t.interp.scheduler();
        if (!reg.reactor.isCooperative()) {
            return site.returned(t, blockAll(t, reg, ops, deadline, timeout, attempt));
        }
        if (deadline != NEVER && s.clock().nanos() >= deadline) {
            return timedOut(t, site, timeout.get());
        }
        Task me = Task.of(t);
        Parking p = new Parking(me);
        CallSite again = new Retry(site, (f, back) -> perform(f, back, reg, ops, deadline, what,
                timeout, attempt));
        p.watch = reg.watch(ops, p);
        if (deadline != NEVER) {
            p.timer = s.at(deadline, () -> {
                p.watch.cancel();
                Object v = timeout.get();
                if (v instanceof WeftError e) {
                    me.wakeRaising(e);
                } else {
                    me.wakeWith(v);
                }
            });
        }
        return me.park(again, new Wait(what, t.frame.code, site.line, true, p::withdraw));
    }

    private static Step timedOut(Fiber t, CallSite site, Object outcome) {
        if (outcome instanceof WeftError e) {
            throw e;
        }
        return site.returned(t, outcome);
    }

    /** The wake-up of a parked operation: the watch fired, so the timer is not needed. */
    private static final class Parking implements Runnable {
        private final Task task;
        Watch watch;
        Timer timer;

        Parking(Task task) {
            this.task = task;
        }

        @Override
        public void run() {
            if (timer != null) {
                timer.cancel();
            }
            task.wakeWith(WeftNone.NONE);
        }

        void withdraw() {
            watch.cancel();
            if (timer != null) {
                timer.cancel();
            }
        }
    }

    /**
     * The whole interpreter waits (no other task runs) until the operation completes, the
     * deadline passes, or Ctrl-C raises KeyboardInterrupt.
     */
    private static Object blockAll(Fiber t, Registration reg, int ops, long deadline,
            Supplier<Object> timeout, Attempt attempt) {
        t.interp.stdout().flush();
        long start = System.nanoTime();
        long limit = deadline == NEVER ? -1
                : Math.max(0, deadline - t.interp.scheduler().clock().nanos());
        while (true) {
            if (t.interp.interruptRequested && t.interp.interruptTarget == t.task) {
                t.interp.interruptRequested = false;
                t.interp.interruptTarget = null;
                throw new WeftError(ErrorTypes.KEYBOARD_INTERRUPT, WeftTuple.EMPTY);
            }
            long left = limit < 0 ? -1 : limit - (System.nanoTime() - start);
            if (limit >= 0 && left <= 0) {
                Object v = timeout.get();
                if (v instanceof WeftError e) {
                    throw e;
                }
                return v;
            }
            if (reg.reactor.block(reg, ops, left)) {
                Object r = attempt.run();
                if (r != null) {
                    return r;
                }
            }
        }
    }
}
