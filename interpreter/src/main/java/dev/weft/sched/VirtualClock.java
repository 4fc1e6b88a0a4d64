// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import java.time.Instant;

/**
 * Time that passes only when told to: starts at the real wall time of creation and advances
 * when every task is idle (to the next timer) or on a blocking sleep.
 */
final class VirtualClock implements Clock {
    private final double wallOrigin;
    private long now = 1_000_000_000L;
    private final long origin = now;

    VirtualClock() {
        Instant start = Instant.now();
        this.wallOrigin = start.getEpochSecond() + start.getNano() / 1e9;
    }

    @Override
    public long nanos() {
        return now;
    }

    @Override
    public double wallSeconds() {
        return wallOrigin + (now - origin) / 1e9;
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    @Override
    public void advanceTo(long nanos) {
        now = Math.max(now, nanos);
    }

    @Override
    public void sleepBlocking(long nanos) {
        now += Math.max(0, nanos);
    }
}
