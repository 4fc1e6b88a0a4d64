// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.Code;

/**
 * What a parked task waits for: a description for :tasks and deadlock reports, where it waits
 * (code and line), whether something outside the task set can still wake it (a timer, IO, a
 * worker thread), and how to withdraw the wait when the task is cancelled.
 */
public final class Wait {
    final String what;
    final Code code;
    final int line;
    /** A timer, IO or another thread will wake it: not part of a deadlock. */
    final boolean external;
    private final Runnable withdraw;

    public Wait(String what, Code code, int line, boolean external, Runnable withdraw) {
        this.what = what;
        this.code = code;
        this.line = line;
        this.external = external;
        this.withdraw = withdraw;
    }

    void withdraw() {
        if (withdraw != null) {
            withdraw.run();
        }
    }

    public String what() {
        return what;
    }

    /** {@code file:line}, or "?" when unknown. */
    public String where() {
        return code == null ? "?" : code.file + ":" + line;
    }
}
