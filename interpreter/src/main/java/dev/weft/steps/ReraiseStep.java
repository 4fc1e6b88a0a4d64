// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftError;

/**
 * Re-raises the exception held in a slot (the end of a finally block, an except chain nothing
 * matched): the traceback gains no entry for this frame, as with CPython's RERAISE.
 */
public final class ReraiseStep extends Step {
    final int slot;

    public ReraiseStep(int slot) {
        this.slot = slot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        WeftError e = (WeftError) f.slots[slot];
        f.slots[slot] = null;
        return t.reraise(e, this);
    }
}
