// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import java.util.function.Predicate;

/**
 * The handler of a close() or aclose() call: the exception leaving the closed generator arrives
 * here; the ones that mean "it closed" become the call's None, anything else goes on to the
 * caller's own handler.
 */
public final class CloseFilter extends Step {
    private final CallSite site;
    private final Predicate<WeftError> closedBy;

    public CloseFilter(CallSite site, Predicate<WeftError> closedBy) {
        this.site = site;
        this.closedBy = closedBy;
        this.line = site.line;
        this.pos = site.pos;
        this.handler = site.handler;
    }

    @Override
    public Step run(Fiber t) {
        WeftError e = t.frame.caught;
        t.frame.caught = null;
        if (closedBy.test(e)) {
            return site.returned(t, WeftNone.NONE);
        }
        return t.reraise(e, this);
    }
}
