// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

/**
 * Something to do at a deadline. Timers with equal deadlines fire in the order they were set
 * ({@link #seq}). A cancelled timer stays in the heap but does nothing when it comes up.
 */
public final class Timer implements Comparable<Timer> {
    final long deadline;
    final long seq;
    private Runnable action;

    Timer(long deadline, long seq, Runnable action) {
        this.deadline = deadline;
        this.seq = seq;
        this.action = action;
    }

    public void cancel() {
        action = null;
    }

    boolean isCancelled() {
        return action == null;
    }

    void fire() {
        Runnable a = action;
        action = null;
        if (a != null) {
            a.run();
        }
    }

    @Override
    public int compareTo(Timer o) {
        int c = Long.compare(deadline, o.deadline);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }
}
