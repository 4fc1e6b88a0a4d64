// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.Errors;

/**
 * A step that hands control to another frame (a call, a generator resumption, an await) and is
 * told how that frame ended. The callee's frame remembers its call site; the site's
 * {@link #handler} and {@link #line} place an exception that leaves the callee.
 */
public abstract class CallSite extends Step {

    /** The callee returned {@code value}; {@code t.frame} is the caller's frame again. */
    public abstract Step returned(Fiber t, Object value);

    /** A generator resumed here yielded {@code value}. */
    public Step yielded(Fiber t, Object value) {
        return returned(t, value);
    }

    /** A generator resumed here finished with {@code return value}: by default StopIteration. */
    public Step exhausted(Fiber t, Object value) {
        return t.raise(Errors.stopIteration(value), this);
    }

    /** True for the bottom of a trampoline run, where unwinding stops (see {@link #unwound}). */
    public boolean isBoundary() {
        return false;
    }

    /** An exception left the callee at a boundary: rethrow it, or record it and stop. */
    public Step unwound(Fiber t, dev.weft.runtime.WeftError e) {
        throw new IllegalStateException("not a boundary");
    }

    @Override
    public Step run(Fiber t) {
        throw new IllegalStateException("a call site is not entered directly: " + getClass());
    }
}
