// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.thread;

import dev.weft.cps.Fiber;
import dev.weft.runtime.CpsCode;
import dev.weft.runtime.Errors;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftRepresentable;
import dev.weft.runtime.WeftType;
import dev.weft.sched.sync.Lock;

/**
 * {@code _thread.lock} (threading.Lock): not owned, so any thread may release it; waiters take
 * it in arrival order. acquire() parks only the calling green thread.
 */
final class ThreadLock implements WeftObject, WeftRepresentable {
    static final WeftType TYPE = WeftType.builtin("lock", Types.OBJECT);

    static {
        TYPE.setModule("_thread");
        TYPE.setFactory((t, type, a, k) -> {
            throw Errors.typeError("cannot create '_thread.lock' instances");
        });
        CpsCode acquire = (t, site, a, k) -> {
            Timeouts.Acquire how = Timeouts.parse(t, "acquire", a, k);
            return self(a).lock.acquire(t, site, how.blocking(), how.seconds());
        };
        waiting(TYPE, "acquire", acquire);
        waiting(TYPE, "acquire_lock", acquire);
        waiting(TYPE, "__enter__", (t, site, a, k) -> self(a).lock.acquire(t, site, true, -1));
        NativeCode release = (t, a, k) -> {
            self(a).lock.release();
            return WeftNone.NONE;
        };
        method(TYPE, "release", release);
        method(TYPE, "release_lock", release);
        method(TYPE, "__exit__", release);
        method(TYPE, "locked", (t, a, k) -> self(a).lock.isLocked());
        method(TYPE, "locked_lock", (t, a, k) -> self(a).lock.isLocked());
        method(TYPE, "_at_fork_reinit", (t, a, k) -> {
            self(a).lock.reset();
            return WeftNone.NONE;
        });
    }

    /** The lock itself: Weft's native one, under CPython's interface. */
    private final Lock lock = new Lock();

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public String repr(Fiber t) {
        return "<" + (lock.isLocked() ? "locked" : "unlocked") + " _thread.lock object at "
                + Reprs.address(this) + ">";
    }

    private static ThreadLock self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof ThreadLock l)) {
            throw Errors.typeError("descriptor requires a '_thread.lock' object");
        }
        return l;
    }

    static void method(WeftType type, String name, NativeCode code) {
        type.define(name, WeftBuiltin.method(name, code).ownedBy(type));
    }

    static void waiting(WeftType type, String name, CpsCode code) {
        type.define(name, WeftBuiltin.cpsMethod(name, code).suspending().ownedBy(type));
    }
}
