// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.thread;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.CpsCode;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftRepresentable;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Task;
import dev.weft.sched.sync.Waiters;

/**
 * {@code _thread.RLock}: owned by a thread (by its ident, so the main thread is one owner across
 * REPL inputs), taken again by its owner, free once every acquire is matched. Condition uses
 * {@code _release_save}/{@code _acquire_restore} to drop and restore it at any depth.
 */
final class ThreadRLock implements WeftObject, WeftRepresentable {
    static final WeftType TYPE = WeftType.builtin("RLock", Types.OBJECT);

    static {
        TYPE.setModule("_thread");
        TYPE.setFactory((t, type, a, k) -> new ThreadRLock());
        CpsCode acquire = (t, site, a, k) -> {
            Timeouts.Acquire how = Timeouts.parse(t, "acquire", a, k);
            return self(a).acquire(t, site, how.blocking(), how.seconds(), 1);
        };
        ThreadLock.waiting(TYPE, "acquire", acquire);
        ThreadLock.waiting(TYPE, "__enter__", acquire);
        ThreadLock.method(TYPE, "release", (t, a, k) -> {
            self(a).release(t);
            return WeftNone.NONE;
        });
        ThreadLock.method(TYPE, "__exit__", (t, a, k) -> {
            self(a).release(t);
            return WeftNone.NONE;
        });
        ThreadLock.method(TYPE, "_is_owned", (t, a, k) -> self(a).owner == Idents.current(t)
                && self(a).count > 0);
        ThreadLock.method(TYPE, "_recursion_count", (t, a, k) ->
                self(a).owner == Idents.current(t) ? (long) self(a).count : 0L);
        ThreadLock.method(TYPE, "_release_save", (t, a, k) -> self(a).releaseSave(t));
        ThreadLock.waiting(TYPE, "_acquire_restore", ThreadRLock::acquireRestore);
        ThreadLock.method(TYPE, "_at_fork_reinit", (t, a, k) -> {
            self(a).owner = 0;
            self(a).count = 0;
            return WeftNone.NONE;
        });
    }

    /** The owner's ident, 0 when free. */
    private long owner;
    private int count;
    private final Waiters waiters = new Waiters();

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public String repr(Fiber t) {
        return "<" + (count > 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + owner
                + " count=" + count + " at " + Reprs.address(this) + ">";
    }

    /** Takes the lock {@code depth} deep (or one more level, for its owner). */
    private Step acquire(Fiber t, CallSite site, boolean blocking, double seconds, int depth) {
        long me = Idents.current(t);
        if (count == 0 || owner == me) {
            owner = me;
            count += depth;
            return site.returned(t, Boolean.TRUE);
        }
        if (!blocking) {
            return site.returned(t, Boolean.FALSE);
        }
        Waiters.Waiter w = new Waiters.Waiter(Task.of(t), null);
        w.count = depth;
        return waiters.parkAs(w, t, site, "RLock.acquire()",
                seconds < 0 ? WeftNone.NONE : (Object) seconds, () -> Boolean.FALSE);
    }

    private void release(Fiber t) {
        if (count == 0 || owner != Idents.current(t)) {
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
            owner = 0;
            return;
        }
        owner = Idents.ident(w.task);
        count = w.count;
        w.task.wakeWith(Boolean.TRUE);
    }

    /** Condition.wait: drops every level; returns (count, owner) for _acquire_restore. */
    private Object releaseSave(Fiber t) {
        if (count == 0) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        WeftTuple saved = WeftTuple.of((long) count, owner);
        count = 0;
        handOn();
        return saved;
    }

    private static Step acquireRestore(Fiber t, CallSite site, Object[] a, String[] k) {
        if (a.length != 2) {
            throw Errors.typeError("_acquire_restore() takes exactly one argument ("
                    + (a.length - 1) + " given)");
        }
        Object[] state = a[1] instanceof WeftTuple tup ? tup.toArray() : null;
        if (state == null || state.length != 2) {
            throw Errors.typeError("_acquire_restore() argument 1 must be 2-item sequence, not "
                    + Types.name(a[1]));
        }
        int depth = (int) dev.weft.runtime.Protocols.index(t, state[0]);
        return self(a).acquire(t, site, true, -1, depth);
    }

    private static ThreadRLock self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof ThreadRLock l)) {
            throw Errors.typeError("descriptor requires a '_thread.RLock' object");
        }
        return l;
    }
}
