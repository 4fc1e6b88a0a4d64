// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Task;

/**
 * A condition variable over a Lock or an RLock, for threading.Condition and asyncio.Condition
 * alike: wait() releases the lock and parks until notified (or timed out), then takes the lock
 * back before it returns, even when the wait ends by an exception (cancellation).
 */
public final class Condition implements WeftObject {
    public static final WeftType TYPE = Sync.type("Condition");

    static {
        TYPE.setModule("asyncio.locks"); // where CPython defines it; its repr shows it
        TYPE.setFactory((t, type, a, k) -> {
            Object[] b = Sync.bind("Condition(lock=)", a, k);
            if (b[0] == null || b[0] == WeftNone.NONE) {
                return new Condition(new RLock());
            }
            if (b[0] instanceof ConditionLock lock) {
                return new Condition(lock);
            }
            throw Errors.typeError("Condition() needs a Lock or an RLock");
        });
        Sync.waiting(TYPE, "acquire", (t, site, a, k) -> {
            Object[] b = Sync.bind("acquire(self, blocking=, timeout=)", a, k);
            boolean blocking = b[1] == null || Truth.isTrue(t, b[1]);
            return ((Condition) b[0]).lock.acquire(t, site, blocking, b[2]);
        });
        Sync.method(TYPE, "release", (t, a, k) -> {
            self(a).lock.release(t);
            return WeftNone.NONE;
        });
        Sync.method(TYPE, "locked", (t, a, k) -> self(a).lock.isLocked());
        Sync.waiting(TYPE, "wait", (t, site, a, k) -> {
            Object[] b = Sync.bind("wait(self, timeout=)", a, k);
            return ((Condition) b[0]).await(t, site, b[1]);
        });
        Sync.waiting(TYPE, "wait_for", Condition::waitFor);
        Sync.method(TYPE, "notify", (t, a, k) -> {
            Object[] b = Sync.bind("notify(self, n=)", a, k);
            ((Condition) b[0]).notify(t, b[1] == null ? 1 : Protocols.index(t, b[1]));
            return WeftNone.NONE;
        });
        Sync.method(TYPE, "notify_all", (t, a, k) -> {
            self(a).notify(t, Long.MAX_VALUE);
            return WeftNone.NONE;
        });
        Sync.context(TYPE, (t, site, a, k) -> self(a).lock.acquire(t, site, true,
                WeftNone.NONE), (t, a, k) -> {
                    self(a).lock.release(t);
                    return Boolean.FALSE;
                });
    }

    private final ConditionLock lock;
    private final Waiters waiters = new Waiters();

    private Condition(ConditionLock lock) {
        this.lock = lock;
    }

    private static Condition self(Object[] a) {
        return Sync.self(a, Condition.class, "Condition");
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    private void checkHeld(Fiber t, String what) {
        if (!lock.heldBy(Task.of(t))) {
            throw Errors.runtimeError("cannot " + what + " on un-acquired lock");
        }
    }

    /** wait(timeout=None): True when notified, False when the time ran out. */
    Step await(Fiber t, CallSite site, Object timeout) {
        checkHeld(t, "wait");
        return new Waiting(this, site).start(t, timeout);
    }

    void notify(Fiber t, long n) {
        checkHeld(t, "notify");
        for (long i = 0; i < n && waiters.wakeOne(Boolean.TRUE); i++) {
            // each woken waiter takes the lock back when it runs
        }
    }

    /**
     * One wait(): parked until notified or timed out, then queued for the lock. An exception
     * delivered while it waits (cancellation) also waits for the lock and is raised after, as
     * asyncio's wait() re-acquires in a finally block.
     */
    private static final class Waiting extends CallSite {
        private final Condition cond;
        private final CallSite site;
        private int depth;
        private boolean reacquiring;
        private Object notified = Boolean.TRUE;
        private WeftError pending;

        Waiting(Condition cond, CallSite site) {
            this.cond = cond;
            this.site = site;
            this.line = site.line;
            this.pos = site.pos;
            this.handler = new Interrupted(this);
        }

        Step start(Fiber t, Object timeout) {
            depth = cond.lock.releaseAll(t);
            boolean timed = timeout != null && timeout != WeftNone.NONE;
            return cond.waiters.park(t, this, "Condition.wait()", null,
                    timed ? timeout : WeftNone.NONE, () -> Boolean.FALSE);
        }

        @Override
        public Step returned(Fiber t, Object value) {
            if (!reacquiring) {
                notified = value;
                return reacquire(t);
            }
            if (pending != null) {
                return t.reraise(pending, site);
            }
            return site.returned(t, notified);
        }

        /** An exception reached the wait: keep the first, get the lock back, then raise it. */
        Step interrupted(Fiber t, WeftError e) {
            if (pending == null) {
                pending = e;
            }
            return reacquire(t);
        }

        private Step reacquire(Fiber t) {
            reacquiring = true;
            return cond.lock.reacquire(t, this, depth);
        }

        @Override
        public boolean isBoundary() {
            return site.isBoundary();
        }

        @Override
        public Step unwound(Fiber t, WeftError e) {
            return site.unwound(t, e);
        }
    }

    /** The handler of a waiting wait(): exceptions raised where it parked come here first. */
    private static final class Interrupted extends Step {
        private final Waiting waiting;

        Interrupted(Waiting waiting) {
            this.waiting = waiting;
            this.line = waiting.line;
        }

        @Override
        public Step run(Fiber t) {
            WeftError e = t.frame.caught;
            t.frame.caught = null;
            return waiting.interrupted(t, e);
        }
    }

    /** wait_for(predicate, timeout=None): waits until predicate() is true; its last value. */
    private static Step waitFor(Fiber t, CallSite site, Object[] a, String[] k) {
        Object[] b = Sync.bind("wait_for(self, predicate, timeout=)", a, k);
        Condition c = (Condition) b[0];
        Object timeout = b[2] == null ? WeftNone.NONE : b[2];
        return new WaitFor(c, b[1], timeout, site).next(t);
    }

    /**
     * Checks the predicate, waits, checks again, as threading.Condition.wait_for: the first
     * wait gets the whole timeout, later ones what is left of it; when none is left, the
     * predicate's last (false) value is the result.
     */
    private static final class WaitFor extends CallSite {
        private final Condition cond;
        private final Object predicate;
        private final Object timeout;
        private final CallSite site;
        /** Clock nanos when the time runs out; set at the first wait. */
        private long deadline;
        private boolean waited;

        WaitFor(Condition cond, Object predicate, Object timeout, CallSite site) {
            this.cond = cond;
            this.predicate = predicate;
            this.timeout = timeout;
            this.site = site;
            this.line = site.line;
            this.pos = site.pos;
            this.handler = site.handler;
        }

        Step next(Fiber t) {
            Object r;
            try {
                r = Calls.callDirect(t, predicate);
                if (Truth.isTrue(t, r)) {
                    return site.returned(t, r);
                }
            } catch (WeftError e) {
                return t.raise(e, this);
            }
            if (timeout == WeftNone.NONE) {
                return cond.await(t, this, WeftNone.NONE);
            }
            long now = t.interp.scheduler().clock().nanos();
            if (!waited) {
                waited = true;
                deadline = now + (long) (FloatOps.toDouble(timeout) * 1e9);
                return cond.await(t, this, timeout);
            }
            if (deadline - now <= 0) {
                return site.returned(t, r);
            }
            return cond.await(t, this, (deadline - now) / 1e9);
        }

        @Override
        public Step returned(Fiber t, Object value) {
            return next(t);
        }

        @Override
        public boolean isBoundary() {
            return site.isBoundary();
        }

        @Override
        public Step unwound(Fiber t, WeftError e) {
            return site.unwound(t, e);
        }
    }
}
