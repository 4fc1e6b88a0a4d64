// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;

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

    @Override
    public Step run(Fiber t) {
        return Calls.call(t, site, fn, args, kwnames);
    }
}
