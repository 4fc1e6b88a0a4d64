// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.sched.Awaiting;

/** {@code await value}: hands control to the awaitable; its result lands in a slot. */
public final class AwaitStep extends CallSite {
    final Node value;
    final int slot;
    public Step next;

    public AwaitStep(Node value, int slot) {
        this.value = value;
        this.slot = slot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        return Awaiting.await(t, this, value.eval(t, f));
    }

    @Override
    public Step returned(Fiber t, Object result) {
        t.frame.slots[slot] = result;
        return next;
    }

    @Override
    public Step exhausted(Fiber t, Object result) {
        return returned(t, result);
    }
}
