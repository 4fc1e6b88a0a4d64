// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;

/**
 * The body of a builtin that takes part in the trampoline: it may enter script frames (next(),
 * generator send) or suspend the fiber (sleep), and reports its result through {@code site}.
 */
@FunctionalInterface
public interface CpsCode {
    Step call(Fiber t, CallSite site, Object[] args, String[] kwnames);
}
