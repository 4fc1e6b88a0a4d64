// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.RelaySite;
import dev.weft.cps.Step;
import dev.weft.runtime.Awaited;

/** Wraps what a waiting builtin delivers under {@code await}, so the await passes it through. */
final class AwaitedSite extends RelaySite {
    AwaitedSite(CallSite site) {
        super(site);
    }

    @Override
    public Step returned(Fiber t, Object value) {
        return site.returned(t, new Awaited(value));
    }

    /** True for a builtin (or bound builtin method) that parks its task. */
    static boolean suspends(Object fn) {
        if (fn instanceof dev.weft.runtime.WeftMethod m) {
            fn = m.function;
        }
        return fn instanceof dev.weft.runtime.WeftBuiltin b && b.isSuspending();
    }
}
