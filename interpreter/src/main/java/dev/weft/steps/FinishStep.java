// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;

/** {@code return value} in a generator or coroutine: its owner finishes. */
public final class FinishStep extends Step {
    final Node value;

    public FinishStep(Node value) {
        this.value = value;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        return f.owner.finish(t, value.eval(t, f));
    }
}
