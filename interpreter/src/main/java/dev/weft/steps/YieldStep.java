// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftGenerator;

/** {@code yield value}: the frame's owner suspends here and later resumes at {@link #next}. */
public final class YieldStep extends Step {
    final Node value;
    public Step next;
    /** The yield sits inside try/with: a generator suspended here needs closing at exit. */
    public boolean guarded;

    public YieldStep(Node value) {
        this.value = value;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        Object v = value.eval(t, f);
        if (guarded && f.owner instanceof WeftGenerator g) {
            g.markCleanupNeeded(t);
        }
        return f.owner.yield(t, next, v);
    }
}
