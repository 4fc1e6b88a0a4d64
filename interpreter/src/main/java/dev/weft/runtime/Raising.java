// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/** What a {@code raise} statement raises: an exception instance, or a class instantiated. */
public final class Raising {
    private Raising() {}

    public static WeftError toError(Fiber t, Object o) {
        if (o instanceof WeftError e) {
            return e;
        }
        if (o instanceof WeftType c && c.isSubtypeOf(ErrorTypes.BASE_EXCEPTION)) {
            Object inst = Calls.callDirect(t, c);
            if (inst instanceof WeftError e) {
                return e;
            }
            throw Errors.typeError("calling " + Reprs.repr(t, c) + " should have returned an"
                    + " instance of BaseException, not " + Types.name(inst));
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    /** Applies {@code raise e from cause}. */
    public static void setCause(Fiber t, WeftError e, Object cause) {
        if (cause == WeftNone.NONE) {
            e.cause = null;
        } else if (cause instanceof WeftError c) {
            e.cause = c;
        } else if (cause instanceof WeftType c && c.isSubtypeOf(ErrorTypes.BASE_EXCEPTION)) {
            e.cause = toError(t, c);
        } else {
            throw Errors.typeError("exception causes must derive from BaseException");
        }
        e.suppressContext = true;
    }
}
