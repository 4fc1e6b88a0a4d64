// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Everything an interpreter holds open outside itself (files, channels, child processes'
 * pipes): closed, in the order opened, when the interpreter closes, so that data written is on
 * disk and no descriptor outlives it. A resource closed earlier forgets itself. Thread-safe: a
 * cleaner thread may close a resource whose script object became unreachable.
 */
public final class Resources {
    /** In the order opened; resources compare by identity. */
    private final LinkedHashSet<AutoCloseable> open = new LinkedHashSet<>();

    /** Holds {@code r} until it is {@link #forget forgotten} or the interpreter closes. */
    public synchronized void hold(AutoCloseable r) {
        open.add(r);
    }

    /** {@code r} was closed by its owner. */
    public synchronized void forget(AutoCloseable r) {
        open.remove(r);
    }

    /** How many are open (the leak tests count them). */
    public synchronized int count() {
        return open.size();
    }

    /** What is open now, oldest first. */
    public synchronized List<AutoCloseable> snapshot() {
        return new ArrayList<>(open);
    }

    /** Closes every resource still open; failures do not stop the others from closing. */
    void closeAll() {
        for (AutoCloseable r : snapshot()) {
            try {
                r.close();
            } catch (Exception ignored) {
                // Closing at exit: nothing left to report a failure to.
            }
            forget(r);
        }
    }
}
