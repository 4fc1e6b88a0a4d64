// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

/**
 * The interpreter's sense of time: time.time(), time.monotonic() and every timer read it. The
 * real clock follows the system; the virtual one only moves when the scheduler has nothing to
 * run, jumping straight to the next timer, so timing-dependent programs test in milliseconds.
 */
public interface Clock {
    /** Monotonic time in nanoseconds (arbitrary origin). */
    long nanos();

    /** Wall-clock time in seconds since the epoch. */
    double wallSeconds();

    /** True when idle waits are skipped by advancing the clock. */
    boolean isVirtual();

    /** Advances a virtual clock to {@code nanos} (never backwards); no-op for the real clock. */
    void advanceTo(long nanos);

    /** A blocking sleep of the whole interpreter (time.sleep): real, or a virtual jump. */
    void sleepBlocking(long nanos) throws InterruptedException;

    static Clock real() {
        return new RealClock();
    }

    static Clock virtual() {
        return new VirtualClock();
    }
}
