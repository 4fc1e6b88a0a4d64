// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

/** Every task is waiting and nothing can wake any of them; the message lists them. */
public final class DeadlockException extends Exception {
    public DeadlockException(String report) {
        super(report, null, false, false);
    }
}
