// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import java.time.Instant;

/** The system's clocks. */
final class RealClock implements Clock {
    @Override
    public long nanos() {
        return System.nanoTime();
    }

    @Override
    public double wallSeconds() {
        Instant now = Instant.now();
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    @Override
    public boolean isVirtual() {
        return false;
    }

    @Override
    public void advanceTo(long nanos) {
        // real time moves by itself
    }

    @Override
    public void sleepBlocking(long nanos) throws InterruptedException {
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    }
}
