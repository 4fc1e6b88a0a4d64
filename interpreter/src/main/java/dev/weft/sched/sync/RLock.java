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
import dev.weft.sched.Task;

/** A lock its owning task may take again; released when every acquire is matched. */
public final class RLock implements WeftObject, ConditionLock {
    public static final WeftType TYPE = Sync.type("RLock");

    static {
        TYPE.setFactory((t, type, a, k) -> new RLock());
        Sync.waiting(TYPE, "acquire", (t, site, a, k) -> {
            Object[] b = Sync.bind("acquire(self, blocking=, timeout=)", a, k);
            boolean blocking = b[1] == null || Truth.isTrue(t, b[1]);
            return ((RLock) b[0]).acquire(t, site, blocking, b[2]);
        });
        Sync.method(TYPE, "release", (t, a, k) -> {
            Sync.self(a, RLock.class, "RLock").release(t);
            return WeftNone.NONE;
        });
        Sync.context(TYPE, (t, site, a, k) -> Sync.self(a, RLock.class, "RLock")
                .acquire(t, site, true, WeftNone.NONE), (t, a, k) -> {
                    Sync.self(a, RLock.class, "RLock").release(t);
                    return Boolean.FALSE;
                });
    }

    private Task owner;
    private int count;
    private final Waiters waiters = new Waiters();

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Step acquire(Fiber t, CallSite site, boolean blocking, Object timeout) {
        Task me = Task.of(t);
        if (owner == null || owner == me) {
            owner = me;
            count++;
            return site.returned(t, Boolean.TRUE);
        }
        if (!blocking) {
            return site.returned(t, Boolean.FALSE);
        }
        return waiters.park(t, site, "RLock.acquire()", null, timeout, () -> Boolean.FALSE);
    }

    @Override
    public void release(Fiber t) {
        if (owner != Task.of(t)) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        if (--count == 0) {
            handOn();
        }
    }

    /** Gives the lock to the next waiter, as deep as it asked for, or frees it. */
    private void handOn() {
        Waiters.Waiter w = waiters.take();
        if (w == null) {
            owner = null;
            return;
        }
        owner = w.task;
        count = w.count > 0 ? w.count : 1;
        w.task.wakeWith(Boolean.TRUE);
    }

    @Override
    public boolean isLocked() {
        return owner != null;
    }

    @Override
    public boolean heldBy(Task t) {
        return owner == t;
    }

    /** Condition.wait: drops every level; returns how many to restore. */
    @Override
    public int releaseAll(Fiber t) {
        int depth = count;
        count = 0;
        handOn();
        return depth;
    }

    /** After Condition.wait: queues like acquire(), but to hold the lock {@code depth} deep. */
    @Override
    public Step reacquire(Fiber t, CallSite site, int depth) {
        Task me = Task.of(t);
        if (owner == null) {
            owner = me;
            count = depth;
            return site.returned(t, Boolean.TRUE);
        }
        Waiters.Waiter w = new Waiters.Waiter(me, null);
        w.count = depth;
        return waiters.parkAs(w, t, site, "RLock.acquire()", null, null);
    }
}
