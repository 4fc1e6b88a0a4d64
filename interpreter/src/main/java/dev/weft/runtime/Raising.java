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

    /**
     * The exception generator.throw(typ[, val[, tb]]) raises (args as the method got them,
     * self first): an instance as given, or the class called with val as CPython does.
     */
    public static WeftError thrown(Fiber t, Object[] args) {
        Object typ = args[1];
        Object val = args.length > 2 ? args[2] : WeftNone.NONE;
        if (args.length > 3 && args[3] != WeftNone.NONE
                && !"traceback".equals(Types.name(args[3]))) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        if (typ instanceof WeftError e) {
            if (val != WeftNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof WeftType c && c.isSubtypeOf(ErrorTypes.BASE_EXCEPTION)
                && val != WeftNone.NONE) {
            if (val instanceof WeftError e && e.type().isSubtypeOf(c)) {
                return e;
            }
            Object inst = val instanceof WeftTuple tuple ? Calls.callDirect(t, c, tuple.items())
                    : Calls.callDirect(t, c, val);
            if (inst instanceof WeftError e) {
                return e;
            }
        }
        return toError(t, typ);
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
