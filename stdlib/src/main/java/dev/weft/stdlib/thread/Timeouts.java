// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.thread;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;

/** The (blocking=True, timeout=-1) arguments of the _thread locks' acquire, as CPython checks them. */
final class Timeouts {
    private Timeouts() {}

    /** How to acquire: {@code seconds} is -1 for no limit. */
    record Acquire(boolean blocking, double seconds) {}

    /** The largest timeout the locks accept (threading.TIMEOUT_MAX). */
    static final double MAX = 9223372036.0;

    static Acquire parse(Fiber t, String name, Object[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - 1 - nkw;
        if (npos + nkw > 2) {
            throw Errors.typeError(name + "() takes at most 2 arguments (" + (npos + nkw)
                    + " given)");
        }
        Object blocking = npos >= 1 ? a[1] : null;
        Object timeout = npos >= 2 ? a[2] : null;
        for (int i = 0; i < nkw; i++) {
            Object v = a[1 + npos + i];
            switch (k[i]) {
                case "blocking" -> blocking = v;
                case "timeout" -> timeout = v;
                default -> throw Errors.typeError("'" + k[i]
                        + "' is an invalid keyword argument for " + name + "()");
            }
        }
        boolean block = blocking == null || Truth.isTrue(t, blocking);
        double secs = timeout == null ? -1 : seconds(timeout);
        if (!block && secs != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (secs < 0 && secs != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        return new Acquire(block, secs);
    }

    /** A timeout in seconds, converted as CPython's _PyTime does. */
    static double seconds(Object timeout) {
        double secs;
        if (timeout instanceof Double d) {
            secs = d;
        } else if (IntOps.isInt(timeout)) {
            secs = IntOps.toDouble(timeout);
        } else {
            throw Errors.typeError("'" + Types.name(timeout)
                    + "' object cannot be interpreted as an integer");
        }
        if (Double.isNaN(secs)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(secs) > MAX) {
            throw Errors.of(ErrorTypes.OVERFLOW_ERROR,
                    "timestamp out of range for platform time_t");
        }
        return secs;
    }
}
