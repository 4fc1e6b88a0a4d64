// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.io;

/**
 * One wish to hear when a channel is ready for some operations: a task parked in recv(),
 * accept() or select(). Fires at most once; {@link #cancel} withdraws it (timeout,
 * cancellation, or select() woken by another of its channels).
 */
public final class Watch {
    final Registration owner;
    final int ops;
    private Runnable ready;
    /** The next watch on the same channel. */
    Watch next;

    Watch(Registration owner, int ops, Runnable ready) {
        this.owner = owner;
        this.ops = ops;
        this.ready = ready;
    }

    /** Withdraws the watch; harmless once it fired. */
    public void cancel() {
        if (ready != null) {
            ready = null;
            owner.remove(this);
        }
    }

    boolean isLive() {
        return ready != null;
    }

    /** Runs the callback (once). */
    void fire() {
        Runnable r = ready;
        ready = null;
        if (r != null) {
            r.run();
        }
    }
}
