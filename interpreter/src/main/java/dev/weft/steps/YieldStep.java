// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;

/** {@code yield value}: the frame's owner suspends here and later resumes at {@link #next}. */
public final class YieldStep extends Step {
    final Node value;
    public Step next;

    public YieldStep(Node value) {
        this.value = value;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        return f.owner.yield(t, next, value.eval(t, f));
    }
}
