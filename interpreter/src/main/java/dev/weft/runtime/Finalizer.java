// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators that yielded inside try/finally or with and may still be suspended when the
 * program ends: closed then, in the order they were registered, so their cleanup runs as it
 * does at CPython's shutdown. Held weakly: an unreachable generator costs nothing.
 */
public final class Finalizer {
    private final List<WeakReference<WeftGenerator>> pending = new ArrayList<>();
    private final List<WeakReference<WeftCoroutine>> coroutines = new ArrayList<>();

    /** Remembers a coroutine, to warn at exit if it was never awaited. */
    void registerCoroutine(WeftCoroutine c) {
        if (coroutines.size() > 4096 && coroutines.size() % 4096 == 0) {
            coroutines.removeIf(r -> r.get() == null || r.get().warnedOrUsed);
        }
        coroutines.add(new WeakReference<>(c));
    }

    void register(WeftGenerator g) {
        if (pending.size() > 1024 && pending.size() % 1024 == 0) {
            pending.removeIf(r -> r.get() == null || !r.get().isSuspended());
        }
        pending.add(new WeakReference<>(g));
    }

    /** Closes every generator still suspended; errors are reported as CPython reports them. */
    public void closeAll(Fiber t) {
        for (int i = 0; i < pending.size(); i++) {
            WeftGenerator g = pending.get(i).get();
            if (g != null && g.isSuspended()) {
                close(t, g);
            }
        }
        pending.clear();
        for (WeakReference<WeftCoroutine> r : coroutines) {
            WeftCoroutine c = r.get();
            if (c != null) {
                Warnings.neverAwaitedAtExit(t, c);
            }
        }
        coroutines.clear();
    }

    /** Closes one generator, reporting (not raising) an exception its cleanup raises. */
    public static void close(Fiber t, WeftGenerator g) {
        try {
            g.closeNested(t);
        } catch (WeftError e) {
            t.interp.stderr().write("Exception ignored in: <generator object " + g.qualname()
                    + " at " + Reprs.address(g) + ">\n" + Tracebacks.format(t, e));
        }
    }
}
