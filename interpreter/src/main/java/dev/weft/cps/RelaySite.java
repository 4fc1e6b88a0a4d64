// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.WeftError;

/**
 * A call site that stands in for another while a builtin does its part of a call on the
 * trampoline (collect an item, check a result, retry a wait): it reports exceptions at the
 * other site's line and to its handler, and unwinding that reaches it is the other site's.
 */
public abstract class RelaySite extends CallSite {
    /** Where the outcome goes in the end. */
    protected final CallSite site;

    protected RelaySite(CallSite site) {
        this.site = site;
        this.line = site.line;
        this.pos = site.pos;
        this.handler = site.handler;
    }

    @Override
    public boolean isBoundary() {
        return site.isBoundary();
    }

    @Override
    public Step unwound(Fiber t, WeftError e) {
        return site.unwound(t, e);
    }

    @Override
    public int lineForTraceback() {
        return site.lineForTraceback();
    }
}
