// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Step;

/** Straight-line work, then on to the next step. */
public final class Goto extends Step {
    public Step next;

    @Override
    public Step run(Fiber t) {
        runPre(t, t.frame);
        return next;
    }
}
