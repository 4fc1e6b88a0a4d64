// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.io;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The descriptor numbers an interpreter hands out for fileno(): the JVM does not expose the
 * operating system's, so each open socket gets the lowest free number from 3 up, as a fresh
 * process's kernel would give it, and select() maps numbers back to their owners.
 */
public final class Descriptors {
    private static final int FIRST = 3;
    private final List<Object> owners = new ArrayList<>();
    private final BitSet used = new BitSet();

    /** A number for {@code owner}, the lowest free one. */
    public int allocate(Object owner) {
        int i = used.nextClearBit(0);
        used.set(i);
        if (i == owners.size()) {
            owners.add(owner);
        } else {
            owners.set(i, owner);
        }
        return i + FIRST;
    }

    /** Frees {@code fd} for reuse. */
    public void release(int fd) {
        int i = fd - FIRST;
        if (i >= 0 && i < owners.size()) {
            owners.set(i, null);
            used.clear(i);
        }
    }

    /** The owner of {@code fd}, or null. */
    public Object owner(long fd) {
        long i = fd - FIRST;
        return i >= 0 && i < owners.size() ? owners.get((int) i) : null;
    }
}
