// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Task;

/**
 * A condition variable over a reentrant lock: wait() releases the lock and parks until
 * notified, then queues for the lock again and resumes holding it.
 */
public final class Condition implements WeftObject {
    public static final WeftType TYPE = Sync.type("Condition");

    static {
        TYPE.setModule("asyncio.locks"); // where CPython defines it; its repr shows it
        TYPE.setFactory((t, type, a, k) -> {
            Object[] b = Sync.bind("Condition(lock=)", a, k);
            if (b[0] != null && b[0] != WeftNone.NONE && !(b[0] instanceof RLock)) {
                throw Errors.typeError("Condition() needs an RLock");
            }
            return new Condition(b[0] instanceof RLock r ? r : new RLock());
        });
        Sync.waiting(TYPE, "acquire", (t, site, a, k) ->
                self(a).lock.acquire(t, site, true, WeftNone.NONE));
        Sync.method(TYPE, "release", (t, a, k) -> {
            self(a).lock.release(t);
            return WeftNone.NONE;
        });
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

    private final RLock lock;
    private final Waiters waiters = new Waiters();

    private Condition(RLock lock) {
        this.lock = lock;
    }

    private static Condition self(Object[] a) {
        return Sync.self(a, Condition.class, "Condition");
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    private void checkOwned(Fiber t, String what) {
        if (!lock.ownedBy(Task.of(t))) {
            throw Errors.runtimeError("cannot " + what + " on un-acquired lock");
        }
    }

    Step await(Fiber t, CallSite site, Object timeout) {
        checkOwned(t, "wait");
        int depth = lock.releaseAll();
        Step s = waiters.park(t, site, "Condition.wait()", null, null, null);
        Waiters.Waiter w = waiters.peekLast();
        w.count = depth;
        if (timeout != null && timeout != WeftNone.NONE) {
            // Timing out still re-acquires the lock before wait() returns False.
            w.timer = t.interp.scheduler().after(dev.weft.runtime.FloatOps.toDouble(timeout),
                    () -> {
                        if (waiters.remove(w)) {
                            lock.enqueue(w, w.count, Boolean.FALSE);
                        }
                    });
        }
        return s;
    }

    void notify(Fiber t, long n) {
        checkOwned(t, "notify");
        for (long i = 0; i < n; i++) {
            Waiters.Waiter w = waiters.take();
            if (w == null) {
                return;
            }
            lock.enqueue(w, w.count, Boolean.TRUE);
        }
    }

    /** wait_for(predicate, timeout=None): waits until predicate() is true; its last value. */
    private static Step waitFor(Fiber t, CallSite site, Object[] a, String[] k) {
        Object[] b = Sync.bind("wait_for(self, predicate, timeout=)", a, k);
        Condition c = (Condition) b[0];
        return new WaitFor(c, b[1], site).next(t);
    }

    /** Checks the predicate, waits, checks again: a small state machine on call sites. */
    private static final class WaitFor extends CallSite {
        private final Condition cond;
        private final Object predicate;
        private final CallSite site;

        WaitFor(Condition cond, Object predicate, CallSite site) {
            this.cond = cond;
            this.predicate = predicate;
            this.site = site;
            this.line = site.line;
            this.pos = site.pos;
            this.handler = site.handler;
        }

        Step next(Fiber t) {
            Object r = Calls.callDirect(t, predicate);
            if (Truth.isTrue(t, r)) {
                return site.returned(t, r);
            }
            return cond.await(t, this, WeftNone.NONE);
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
