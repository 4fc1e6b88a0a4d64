// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.Code;

/**
 * What a parked task waits for: a description for :tasks and deadlock reports, where it waits
 * (code and line), whether something outside the task set can still wake it (a timer, IO, a
 * worker thread), and how to withdraw the wait when the task is cancelled.
 */
public final class Wait {
    String what;
    private Code code;
    private int line;
    /** A timer, IO or another thread will wake it: not part of a deadlock. */
    final boolean external;
    private final Runnable withdraw;
    /** The future or task awaited, when that is what the wait is (the task repr's wait_for). */
    Object awaited;

    public Wait(String what, Code code, int line, boolean external, Runnable withdraw) {
        this.what = what;
        this.code = code;
        this.line = line;
        this.external = external;
        this.withdraw = withdraw;
    }

    /**
     * Moves the reported place out of the standard library's Weft code to the script line
     * that called into it, walking the parked frame chain; what is waited for is then named
     * after the library function the script called (Queue.get(), Event.wait()), unless the
     * wait was made right there and says more (join() of thread T).
     */
    void locate(dev.weft.cps.Frame frame) {
        dev.weft.cps.Frame f = frame;
        Code outermost = null;
        while (code != null && code.file.startsWith(dev.weft.cps.Fiber.LIBRARY_PREFIX)
                && f != null && f.code == code && f.parent != null) {
            outermost = code;
            line = f.callSite.line;
            f = f.parent;
            code = f.code;
        }
        if (outermost != null && (outermost != frame.code || !what.startsWith(shortName(
                outermost) + "("))) {
            what = outermost.qualname + "()";
        }
    }

    private static String shortName(Code code) {
        return code.qualname.substring(code.qualname.lastIndexOf('.') + 1);
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
