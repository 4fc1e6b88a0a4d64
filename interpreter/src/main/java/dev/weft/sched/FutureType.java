// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.builtins.Sig;
import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/**
 * The script-visible Future (asyncio.Future): made empty, completed once with set_result,
 * set_exception or cancel, awaited by any number of tasks; done callbacks run soon after
 * completion, in the order they were added, as the scheduler's callbacks. Messages are
 * CPython 3.11's.
 */
public final class FutureType {
    private FutureType() {}

    public static final WeftType TYPE = WeftType.builtin("Future", Types.OBJECT);

    private static final Sig INIT = Sig.of("__init__(self, *, loop=)");
    private static final Sig CANCEL = Sig.of("cancel(self, msg=)");
    private static final Sig ADD = Sig.of("add_done_callback(self, fn, /, *, context=)");

    static {
        TYPE.setModule("_asyncio"); // CPython's Future is implemented there; its repr shows it
        TYPE.allowSubclasses();
        TYPE.setFactory((t, type, a, k) -> {
            if (type == TYPE) {
                INIT.bind(dev.weft.runtime.Calls.prepend(WeftNone.NONE, a), k);
            }
            return new Future(type);
        });
        method("__init__", (t, a, k) -> {
            INIT.bind(a, k);
            return WeftNone.NONE;
        });
        method("done", (t, a, k) -> self(a).isDone());
        method("cancelled", (t, a, k) -> self(a).isCancelled());
        method("result", (t, a, k) -> result(self(a)));
        method("exception", (t, a, k) -> exception(self(a)));
        method("set_result", (t, a, k) -> {
            Sig.exactly("set_result", a, k, 2);
            ensurePending(self(a)).setResult(a[1]);
            return WeftNone.NONE;
        });
        method("set_exception", FutureType::setException);
        method("cancel", (t, a, k) -> {
            Object[] p = CANCEL.bind(a, k);
            Object msg = p[1] == null ? WeftNone.NONE : p[1];
            return self(a).cancel(msg == WeftNone.NONE ? WeftTuple.EMPTY : WeftTuple.of(msg));
        });
        method("add_done_callback", FutureType::addDoneCallback);
        method("remove_done_callback", FutureType::removeDoneCallback);
        method("get_loop", (t, a, k) -> t.interp.scheduler().asyncioLoop());
        method("__repr__", (t, a, k) -> repr(t, self(a)));
        method("__await__", (t, a, k) -> new FutureIter(self(a)));
        method("__iter__", (t, a, k) -> new FutureIter(self(a)));
        TYPE.define("__class_getitem__", new dev.weft.runtime.WeftClassMethod(
                WeftBuiltin.function("__class_getitem__",
                        (t, a, k) -> new dev.weft.runtime.WeftGenericAlias(a[0], a[1]))));
    }

    private static void method(String name, dev.weft.runtime.NativeCode code) {
        TYPE.define(name, WeftBuiltin.method(name, code).ownedBy(TYPE));
    }

    private static Future self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof Future f)) {
            throw Errors.typeError("descriptor requires a '_asyncio.Future' object");
        }
        return f;
    }

    private static Future ensurePending(Future f) {
        if (f.isDone()) {
            throw Errors.of(ErrorTypes.INVALID_STATE_ERROR, "invalid state");
        }
        return f;
    }

    static Object result(Future f) {
        if (f.isCancelled()) {
            throw new WeftError(ErrorTypes.CANCELLED_ERROR, f.error().args());
        }
        return f.result();
    }

    private static Object exception(Future f) {
        if (f.isCancelled()) {
            throw new WeftError(ErrorTypes.CANCELLED_ERROR, f.error().args());
        }
        if (!f.isDone()) {
            throw Errors.of(ErrorTypes.INVALID_STATE_ERROR, "Exception is not set.");
        }
        f.logTraceback = false;
        return f.error() == null ? WeftNone.NONE : f.error();
    }

    /** set_exception(exc): an exception instance, or a class to instantiate. */
    private static Object setException(Fiber t, Object[] a, String[] k) {
        Sig.exactly("set_exception", a, k, 2);
        Future f = ensurePending(self(a));
        Object exc = a[1];
        if (exc instanceof WeftType type && type.isSubtypeOf(ErrorTypes.BASE_EXCEPTION)) {
            exc = Calls.callDirect(t, type);
        }
        if (!(exc instanceof WeftError e)) {
            throw Errors.typeError("invalid exception object");
        }
        if (e.isInstance(ErrorTypes.STOP_ITERATION)) {
            throw Errors.typeError("StopIteration interacts badly with generators and cannot be"
                    + " raised into a Future");
        }
        // Flagged first: a task awaiting it retrieves the exception as it completes.
        f.logTraceback = true;
        t.interp.scheduler().reports().watch(f);
        f.setException(e);
        return WeftNone.NONE;
    }

    private static Object addDoneCallback(Fiber t, Object[] a, String[] k) {
        Object[] p = ADD.bind(a, k);
        Future f = self(a);
        f.whenDone(new Callbacks.Script<>(p[1], t.interp.scheduler()));
        return WeftNone.NONE;
    }

    /** remove_done_callback(fn): forgets every pending callback equal to fn; how many. */
    private static Object removeDoneCallback(Fiber t, Object[] a, String[] k) {
        Sig.exactly("remove_done_callback", a, k, 2);
        return (long) self(a).removeListeners(l -> l instanceof Callbacks.Script<?> c
                && dev.weft.runtime.Compare.eq(t, c.fn(), a[1]));
    }

    static String repr(Fiber t, Future f) {
        String name = f.type() == TYPE ? "Future" : f.type().name();
        return "<" + name + " " + state(t, f) + Callbacks.list(t, f.listeners()) + ">";
    }

    /** {@code pending}, {@code cancelled}, {@code finished result=1}: as asyncio shows it. */
    static String state(Fiber t, Future f) {
        if (!f.isDone()) {
            return "pending";
        }
        if (f.isCancelled()) {
            return "cancelled";
        }
        if (f.error() != null) {
            return "finished exception=" + Reprs.errorRepr(t, f.error());
        }
        return "finished result=" + dev.weft.runtime.LimitedRepr.of(t, f.rawResult());
    }
}
