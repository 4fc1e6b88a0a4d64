// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;

/** A flag tasks can wait for: set() wakes every waiter; wait(timeout) returns the flag. */
public final class Event implements WeftObject {
    public static final WeftType TYPE = Sync.type("Event");

    static {
        TYPE.setModule("asyncio.locks"); // where CPython defines it; its repr shows it
        TYPE.setFactory((t, type, a, k) -> new Event());
        Sync.method(TYPE, "set", (t, a, k) -> {
            Event e = Sync.self(a, Event.class, "Event");
            e.flag = true;
            e.waiters.wakeAll(Boolean.TRUE);
            return WeftNone.NONE;
        });
        Sync.method(TYPE, "clear", (t, a, k) -> {
            Sync.self(a, Event.class, "Event").flag = false;
            return WeftNone.NONE;
        });
        Sync.method(TYPE, "is_set", (t, a, k) -> Sync.self(a, Event.class, "Event").flag);
        Sync.waiting(TYPE, "wait", Event::await);
    }

    private boolean flag;
    private final Waiters waiters = new Waiters();

    @Override
    public WeftType type() {
        return TYPE;
    }

    private static Step await(Fiber t, CallSite site, Object[] a, String[] k) {
        Object[] b = Sync.bind("wait(self, timeout=)", a, k);
        Event e = (Event) b[0];
        if (e.flag) {
            return site.returned(t, Boolean.TRUE);
        }
        return e.waiters.park(t, site, "Event.wait()", null, b[1], () -> Boolean.FALSE);
    }
}
