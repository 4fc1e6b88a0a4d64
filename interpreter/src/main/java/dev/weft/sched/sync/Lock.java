// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;

/**
 * A lock held by one task at a time, handed on to waiters in arrival order. Usable as
 * threading.Lock ({@code with}, acquire(blocking, timeout)) and asyncio.Lock
 * ({@code async with}, {@code await lock.acquire()}).
 */
public final class Lock implements WeftObject, ConditionLock {
    public static final WeftType TYPE = Sync.type("Lock");

    static {
        TYPE.setModule("asyncio.locks"); // where CPython defines it; its repr shows it
        TYPE.setFactory((t, type, a, k) -> new Lock());
        Sync.waiting(TYPE, "acquire", Lock::acquire);
        Sync.method(TYPE, "release", (t, a, k) -> {
            Sync.self(a, Lock.class, "Lock").release();
            return WeftNone.NONE;
        });
        Sync.method(TYPE, "locked", (t, a, k) -> Sync.self(a, Lock.class, "Lock").locked);
        Sync.context(TYPE, (t, site, a, k) -> Sync.self(a, Lock.class, "Lock")
                .acquire(t, site, true, -1), (t, a, k) -> {
                    Sync.self(a, Lock.class, "Lock").release();
                    return Boolean.FALSE;
                });
    }

    private boolean locked;

    /** A new unlocked lock (also the core of threading's {@code _thread.lock}). */
    public Lock() {}
    private final Waiters waiters = new Waiters();

    @Override
    public WeftType type() {
        return TYPE;
    }

    private static Step acquire(Fiber t, CallSite site, Object[] a, String[] k) {
        Object[] b = Sync.bind("acquire(self, blocking=, timeout=)", a, k);
        boolean blocking = b[1] == null || Truth.isTrue(t, b[1]);
        double timeout = b[2] == null || b[2] == WeftNone.NONE ? -1
                : dev.weft.runtime.FloatOps.toDouble(b[2]);
        return ((Lock) b[0]).acquire(t, site, blocking, timeout);
    }

    /** Takes the lock, or parks until it is handed over ({@code timeout} < 0: no limit). */
    public Step acquire(Fiber t, CallSite site, boolean blocking, double timeout) {
        if (!locked) {
            locked = true;
            return site.returned(t, Boolean.TRUE);
        }
        if (!blocking) {
            return site.returned(t, Boolean.FALSE);
        }
        return waiters.park(t, site, "Lock.acquire()", null,
                timeout < 0 ? WeftNone.NONE : (Object) timeout, () -> Boolean.FALSE);
    }

    /** Frees the lock, handing it straight to the first waiter. */
    public void release() {
        if (!locked) {
            throw Errors.runtimeError("release unlocked lock");
        }
        if (!waiters.wakeOne(Boolean.TRUE)) {
            locked = false;
        }
    }

    /** Frees the lock without waking anyone (after a fork, in CPython). */
    public void reset() {
        locked = false;
    }

    // ---- as a Condition's lock: not owned, so holding it means it is locked -------------

    @Override
    public boolean isLocked() {
        return locked;
    }

    @Override
    public boolean heldBy(dev.weft.sched.Task t) {
        return locked;
    }

    @Override
    public Step acquire(Fiber t, CallSite site, boolean blocking, Object timeout) {
        double secs = timeout == null || timeout == WeftNone.NONE ? -1
                : dev.weft.runtime.FloatOps.toDouble(timeout);
        return acquire(t, site, blocking, secs);
    }

    @Override
    public void release(Fiber t) {
        release();
    }

    @Override
    public int releaseAll(Fiber t) {
        release();
        return 1;
    }

    @Override
    public Step reacquire(Fiber t, CallSite site, int depth) {
        return acquire(t, site, true, -1);
    }
}
