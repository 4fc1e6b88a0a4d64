// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.WeftError;

/** The first step of a task that calls a function (spawn f(x), callbacks). */
public final class CallStarter extends Step {
    private final Object fn;
    private final Object[] args;
    private final String[] kwnames;
    private final CallSite site;

    public CallStarter(Object fn, Object[] args, CallSite site) {
        this(fn, args, null, site);
    }

    public CallStarter(Object fn, Object[] args, String[] kwnames, CallSite site) {
        this.fn = fn;
        this.args = args;
        this.kwnames = kwnames;
        this.site = site;
    }

    /** A call refused before any frame exists (wrong arguments) ends the task with that error. */
    @Override
    public Step run(Fiber t) {
        try {
            return Calls.call(t, site, fn, args, kwnames);
        } catch (WeftError e) {
            if (t.frame != null) {
                throw e;
            }
            return site.unwound(t, e);
        }
    }
}
