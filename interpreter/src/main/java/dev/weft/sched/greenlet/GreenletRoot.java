// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftError;
import dev.weft.sched.Task;

/**
 * The bottom of a started greenlet's frames: when its run returns or raises, the greenlet is
 * dead and control passes to its parent ({@link Switch#finish}).
 */
final class GreenletRoot extends CallSite {
    private final Greenlet greenlet;

    GreenletRoot(Greenlet greenlet) {
        this.greenlet = greenlet;
    }

    @Override
    public Step returned(Fiber t, Object value) {
        return Switch.finish(t, Task.of(t), greenlet, value, null);
    }

    @Override
    public Step exhausted(Fiber t, Object value) {
        return returned(t, value);
    }

    @Override
    public boolean isBoundary() {
        return true;
    }

    @Override
    public Step unwound(Fiber t, WeftError e) {
        return Switch.finish(t, Task.of(t), greenlet, null, e);
    }
}
