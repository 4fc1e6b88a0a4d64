// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;

/**
 * A counter of free slots: acquire() takes one or waits (first come first served), release()
 * gives one back or hands it straight to a waiter. The bounded kind refuses to exceed its start.
 */
public final class Semaphore implements WeftObject {
    public static final WeftType TYPE = Sync.type("Semaphore");
    public static final WeftType BOUNDED = WeftType.builtin("BoundedSemaphore", TYPE);

    static {
        // Where CPython defines them; their reprs show it.
        TYPE.setModule("asyncio.locks");
        BOUNDED.setModule("asyncio.locks");
        TYPE.setFactory((t, type, a, k) -> make(t, type, a, k));
        BOUNDED.setFactory((t, type, a, k) -> make(t, type, a, k));
        Sync.waiting(TYPE, "acquire", Semaphore::acquire);
        Sync.method(TYPE, "release", (t, a, k) -> {
            Object[] b = Sync.bind("release(self, n=)", a, k);
            long n = b[1] == null ? 1 : Protocols.index(t, b[1]);
            for (long i = 0; i < n; i++) {
                ((Semaphore) b[0]).release();
            }
            return WeftNone.NONE;
        });
        Sync.method(TYPE, "locked", (t, a, k) -> Sync.self(a, Semaphore.class, "Semaphore")
                .value == 0);
        // The free slots, as threading.Semaphore's _value (gevent.lock's counter reads it).
        TYPE.define("_value", dev.weft.runtime.GetSet.readOnly("_value",
                (t, o) -> ((Semaphore) o).value));
        Sync.context(TYPE, (t, site, a, k) -> Sync.self(a, Semaphore.class, "Semaphore")
                .acquire(t, site, true, WeftNone.NONE), (t, a, k) -> {
                    Sync.self(a, Semaphore.class, "Semaphore").release();
                    return Boolean.FALSE;
                });
    }

    private final boolean bounded;
    private final long initial;
    private long value;
    private final Waiters waiters = new Waiters();

    private Semaphore(long value, boolean bounded) {
        this.value = value;
        this.initial = value;
        this.bounded = bounded;
    }

    private static Semaphore make(Fiber t, WeftType type, Object[] a, String[] k) {
        Object[] b = Sync.bind(type.name() + "(value=)", a, k);
        long v = b[0] == null ? 1 : Protocols.index(t, b[0]);
        if (v < 0) {
            throw Errors.valueError("semaphore initial value must be >= 0");
        }
        return new Semaphore(v, type == BOUNDED);
    }

    @Override
    public WeftType type() {
        return bounded ? BOUNDED : TYPE;
    }

    private static Step acquire(Fiber t, CallSite site, Object[] a, String[] k) {
        Object[] b = Sync.bind("acquire(self, blocking=, timeout=)", a, k);
        boolean blocking = b[1] == null || Truth.isTrue(t, b[1]);
        Semaphore s = (Semaphore) b[0];
        if (!blocking && s.value == 0) {
            return site.returned(t, Boolean.FALSE);
        }
        return s.acquire(t, site, blocking, b[2]);
    }

    Step acquire(Fiber t, CallSite site, boolean blocking, Object timeout) {
        if (value > 0 && waiters.isEmpty()) {
            value--;
            return site.returned(t, Boolean.TRUE);
        }
        return waiters.park(t, site, type().name() + ".acquire()", null, timeout,
                () -> Boolean.FALSE);
    }

    void release() {
        if (waiters.wakeOne(Boolean.TRUE)) {
            return;
        }
        if (bounded && value >= initial) {
            throw Errors.valueError("Semaphore released too many times");
        }
        value++;
    }
}
