// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.RelaySite;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftError;

/**
 * Where a task woken from a wait tries its operation again (a queue's get after a put, a
 * socket's recv once readable): the retry reports to the original call site, and an error it
 * raises is raised there, with that call's handler and line.
 */
public final class Retry extends RelaySite {
    /** The operation to try again, reporting to {@code site}. */
    @FunctionalInterface
    public interface Again {
        Step run(Fiber t, CallSite site);
    }

    private final Again again;

    public Retry(CallSite site, Again again) {
        super(site);
        this.again = again;
    }

    @Override
    public Step returned(Fiber t, Object value) {
        try {
            return again.run(t, site);
        } catch (WeftError e) {
            return t.raise(e, site);
        }
    }
}
