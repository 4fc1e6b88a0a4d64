// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Task;
import dev.weft.sched.Timer;

/**
 * {@code with timeout(seconds):} (and {@code async with}): when the time is up the task is
 * cancelled at its suspension point, and leaving the block turns that cancellation into
 * TimeoutError, as asyncio.timeout does.
 */
public final class Timeout implements WeftObject {
    public static final WeftType TYPE = Sync.type("timeout");

    static {
        TYPE.setFactory((t, type, a, k) -> {
            Object[] b = Sync.bind("timeout(delay)", a, k);
            return new Timeout(b[0] == WeftNone.NONE ? -1 : FloatOps.toDouble(b[0]));
        });
        Sync.context(TYPE, (t, site, a, k) -> {
            Sync.self(a, Timeout.class, "timeout").enter(t);
            return site.returned(t, a[0]);
        }, (t, a, k) -> Sync.self(a, Timeout.class, "timeout").exit(a.length > 2 ? a[2]
                : WeftNone.NONE));
        Sync.method(TYPE, "expired", (t, a, k) -> Sync.self(a, Timeout.class, "timeout").fired);
    }

    private final double seconds;
    private Timer timer;
    private boolean fired;
    /** The cancellation message marking our own cancellation (prints as nothing). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private final Object marker = new String("");

    private Timeout(double seconds) {
        this.seconds = seconds;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    private void enter(Fiber t) {
        if (timer != null) {
            throw Errors.runtimeError("Timeout has already been entered");
        }
        Task me = Task.of(t);
        if (seconds >= 0) {
            timer = t.interp.scheduler().after(seconds, () -> {
                fired = true;
                me.cancel(marker);
            });
        }
    }

    private Object exit(Object exc) {
        if (timer != null) {
            timer.cancel();
        }
        if (fired && exc instanceof WeftError e && e.isInstance(ErrorTypes.CANCELLED_ERROR)
                && e.args().size() == 1 && e.args().get(0) == marker) {
            WeftError timeout = new WeftError(ErrorTypes.TIMEOUT_ERROR, WeftTuple.EMPTY);
            timeout.cause = e;
            timeout.suppressContext = true;
            throw timeout;
        }
        return Boolean.FALSE;
    }
}
