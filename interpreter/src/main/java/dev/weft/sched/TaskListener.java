// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

/** Hears of tasks ending (the interpreter reports failures nobody is waiting for). */
public interface TaskListener {
    TaskListener NONE = (t, watched) -> { };

    /** {@code t} is done; {@code watched} when someone was waiting for it. */
    void finished(Task t, boolean watched);
}
