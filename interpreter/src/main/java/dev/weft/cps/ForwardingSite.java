// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.WeftError;

/**
 * A call site that stands in for another one ({@link #site}) for a while: it decides what to
 * do with a value, and otherwise reports exactly as that site would (same line, position and
 * handler; unwinding past it is unwinding past the original).
 */
public abstract class ForwardingSite extends CallSite {
    protected final CallSite site;

    protected ForwardingSite(CallSite site) {
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
