// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.WeftError;

/** An async for loop's handler: StopAsyncIteration ends the loop; anything else re-raises. */
public final class AsyncStopStep extends Step {
    public Step exit;

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        WeftError e = f.caught;
        f.caught = null;
        if (e.isInstance(ErrorTypes.STOP_ASYNC_ITERATION)) {
            return exit;
        }
        return t.reraise(e, this);
    }
}
