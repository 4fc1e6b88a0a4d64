// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.WeftError;

/**
 * The bottom of a fiber's frame chain (the main module, a task's function): it records how the
 * root frame ended and stops the trampoline.
 */
public final class RootSite extends CallSite {
    private Object result;
    private WeftError failure;
    private boolean done;

    @Override
    public Step returned(Fiber t, Object v) {
        result = v;
        done = true;
        return null;
    }

    /** A coroutine awaited at the root (a spawned coroutine) returned. */
    @Override
    public Step exhausted(Fiber t, Object v) {
        return returned(t, v);
    }

    @Override
    public boolean isBoundary() {
        return true;
    }

    @Override
    public Step unwound(Fiber t, WeftError e) {
        failure = e;
        done = true;
        return null;
    }

    public boolean done() {
        return done;
    }

    public Object result() {
        return result;
    }

    /** The exception that ended the root frame, or null. */
    public WeftError failure() {
        return failure;
    }
}
