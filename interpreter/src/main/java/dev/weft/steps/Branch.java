// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;

/** A two-way jump on a condition's truth (if, while, and the short-circuit operators). */
public final class Branch extends Step {
    final Node condition;
    public Step yes;
    public Step no;

    public Branch(Node condition) {
        this.condition = condition;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        return condition.isTrue(t, f) ? yes : no;
    }
}
