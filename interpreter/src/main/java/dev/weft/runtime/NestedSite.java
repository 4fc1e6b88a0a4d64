// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import dev.weft.cps.NativeSite;
import dev.weft.cps.Step;

/**
 * The bottom of a nested trampoline run started from Java that hands an exception leaving the
 * callee back to the Java caller. {@link NativeSite} throws it from inside the run, where the
 * trampoline's own handler catches it and unwinds again, past the boundary into the caller's
 * frames (a script's {@code __next__} raising StopIteration under {@code list()} then ran the
 * rest of the program inside the nested run). Here the run stops first and {@link #result}
 * rethrows.
 */
public final class NestedSite extends NativeSite {
    private WeftError error;

    @Override
    public Step unwound(Fiber t, WeftError e) {
        error = e;
        return null;
    }

    @Override
    public Object result() {
        if (error != null) {
            WeftError e = error;
            error = null;
            throw e;
        }
        return super.result();
    }

    /** Calls {@code fn} from Java and returns its result: a nested trampoline run. */
    public static Object call(Fiber t, Object fn, Object[] args, String[] kwnames) {
        NestedSite site = new NestedSite();
        t.nativeDepth++;
        Step s;
        try {
            s = Calls.call(t, site, fn, args, kwnames);
        } finally {
            t.nativeDepth--;
        }
        return t.runNested(s, site);
    }
}
