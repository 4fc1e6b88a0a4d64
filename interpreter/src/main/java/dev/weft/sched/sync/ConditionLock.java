// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.sched.Task;

/**
 * What a {@link Condition} needs of its lock (a {@link Lock} or an {@link RLock}): to drop it
 * completely while waiting and to take it back, as deeply as it was held, before wait()
 * returns.
 */
interface ConditionLock {
    boolean isLocked();

    /** Whether {@code t} may wait or notify: an RLock must be its own, a Lock just held. */
    boolean heldBy(Task t);

    Step acquire(Fiber t, CallSite site, boolean blocking, Object timeout);

    void release(Fiber t);

    /** Releases every level the running task holds; returns what {@link #reacquire} restores. */
    int releaseAll(Fiber t);

    /** Waits (without a timeout) until the running task holds the lock {@code depth} deep. */
    Step reacquire(Fiber t, CallSite site, int depth);
}
