// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.WeftError;

/** What owns a frame that can be left and resumed later (generators, coroutines). */
public interface Suspendable {
    /** The body yields {@code value}; it continues at {@code next} when resumed. */
    Step yield(Fiber t, Step next, Object value);

    /** The body returned {@code value}. */
    Step finish(Fiber t, Object value);

    /**
     * Exception {@code e} is leaving the frame: the owner is finished. Returns the exception to
     * keep unwinding with (a generator turns StopIteration into RuntimeError, PEP 479).
     */
    WeftError aborted(WeftError e);
}
