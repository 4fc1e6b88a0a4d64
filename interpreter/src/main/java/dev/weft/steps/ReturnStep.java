// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;

/** {@code return value} from a plain function, module or class body. */
public final class ReturnStep extends Step {
    final Node value;

    public ReturnStep(Node value) {
        this.value = value;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        return t.ret(f, value.eval(t, f));
    }
}
