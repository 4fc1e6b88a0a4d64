// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Raising;
import dev.weft.runtime.WeftError;

/** {@code raise exc from cause}, or a bare {@code raise} when exc is null. */
public final class RaiseStep extends Step {
    final Node exc;
    final Node cause;

    public RaiseStep(Node exc, Node cause) {
        this.exc = exc;
        this.cause = cause;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        if (exc == null) {
            WeftError active = t.handled;
            if (active == null) {
                return t.raise(Errors.runtimeError("No active exception to reraise"), this);
            }
            return t.reraise(active, this);
        }
        WeftError e = Raising.toError(t, exc.eval(t, f));
        if (cause != null) {
            Raising.setCause(t, e, cause.eval(t, f));
        }
        return t.raise(e, this);
    }
}
