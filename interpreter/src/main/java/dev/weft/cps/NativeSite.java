// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.WeftError;

/**
 * The bottom of a nested trampoline run started from Java: it stops the loop when the callee
 * returns (or a generator resumed from Java yields or finishes) and rethrows an exception that
 * leaves the callee as a Java exception, back into the Java code that made the call.
 */
public class NativeSite extends CallSite {
    /** What a generator resumed from Java reports when it finishes instead of yielding. */
    public static final Object EXHAUSTED = new Object();

    private Object value;
    private Object returnValue;
    private boolean done;

    @Override
    public Step returned(Fiber t, Object v) {
        value = v;
        done = true;
        return null;
    }

    @Override
    public Step exhausted(Fiber t, Object v) {
        value = EXHAUSTED;
        returnValue = v;
        done = true;
        return null;
    }

    @Override
    public boolean isBoundary() {
        return true;
    }

    @Override
    public Step unwound(Fiber t, WeftError e) {
        t.escaping = e;
        return null;
    }

    /** The value delivered; {@link #EXHAUSTED} when a generator finished. */
    public Object result() {
        if (!done) {
            throw new IllegalStateException("nested run stopped before its callee finished");
        }
        return value;
    }

    /** The {@code return} value of a generator that finished. */
    public Object returnValue() {
        return returnValue;
    }
}
