// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.List;

/**
 * An instance of BaseExceptionGroup or a subclass: a message and a non-empty tuple of nested
 * exceptions, kept apart from {@code args} as CPython keeps them ({@code args} is what the
 * constructor was given, so {@code repr} shows a list where a list was passed).
 */
public final class WeftExceptionGroup extends WeftError {
    private final String message;
    private final WeftTuple exceptions;

    private WeftExceptionGroup(WeftType type, Object[] args, String message,
            WeftTuple exceptions) {
        super(type, WeftTuple.of(args));
        this.message = message;
        this.exceptions = exceptions;
    }

    public String message() {
        return message;
    }

    public WeftTuple exceptions() {
        return exceptions;
    }

    /**
     * {@code type(message, exceptions)}, checked as BaseExceptionGroup.__new__ checks it: the
     * base class itself becomes ExceptionGroup when every member is an Exception, and a class
     * deriving from Exception refuses BaseExceptions.
     */
    public static WeftExceptionGroup make(Fiber t, WeftType type, Object[] args) {
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments ("
                    + args.length + " given)");
        }
        if (!(args[0] instanceof String message)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + Types.name(args[0]));
        }
        WeftTuple excs = members(t, args[1]);
        boolean nestsBase = false;
        for (int i = 0; i < excs.size(); i++) {
            if (!(excs.get(i) instanceof WeftError e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not"
                        + " an exception");
            }
            nestsBase |= !e.isInstance(ErrorTypes.EXCEPTION);
        }
        WeftType cls = type;
        if (type == ErrorTypes.EXCEPTION_GROUP && nestsBase) {
            throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (type == ErrorTypes.BASE_EXCEPTION_GROUP && !nestsBase) {
            cls = ErrorTypes.EXCEPTION_GROUP;
        } else if (nestsBase && type.isSubtypeOf(ErrorTypes.EXCEPTION)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + type.name() + "'");
        }
        return new WeftExceptionGroup(cls, args, message, excs);
    }

    /** {@code BaseExceptionGroup(message, exceptions)} made from Java (except*, TaskGroup). */
    public static WeftExceptionGroup of(Fiber t, String message, List<WeftError> exceptions) {
        return make(t, ErrorTypes.BASE_EXCEPTION_GROUP,
                new Object[] {message, new WeftList(exceptions.toArray())});
    }

    private static WeftTuple members(Fiber t, Object seq) {
        WeftType type = Types.of(seq);
        if (type.lookup("__getitem__") == null || type.isSubtypeOf(Types.DICT)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        WeftTuple excs = WeftTuple.of(Iter.toArray(t, seq));
        if (excs.size() == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        return excs;
    }
}
