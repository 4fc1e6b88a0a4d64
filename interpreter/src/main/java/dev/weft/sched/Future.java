// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.HasDict;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A one-shot result that tasks can await (asyncio.Future's core): set once with a result or an
 * exception, or cancelled; awaiting parks until then. A task cancelled while it awaits a
 * future cancels the future too, as in asyncio. Scripts may subclass it ({@code gather}'s
 * future does, to cancel its children).
 */
public final class Future implements WeftObject, HasDict, dev.weft.runtime.WeftRepresentable,
        dev.weft.runtime.NativeIterable {
    private final WeftType type;
    private WeftDict dict;
    private boolean done;
    private boolean cancelled;
    private Object result = WeftNone.NONE;
    private WeftError error;
    private final List<Consumer<Future>> listeners = new ArrayList<>();
    /** Yielded by its own iterator ({@code yield from fut}): a task may wait for it. */
    boolean blocking;
    /** An exception was set and nobody has looked at it yet (reported at exit if so). */
    boolean logTraceback;

    public Future() {
        this(FutureType.TYPE);
    }

    public Future(WeftType type) {
        this.type = type;
    }

    @Override
    public WeftType type() {
        return type;
    }

    @Override
    public WeftDict dict() {
        if (dict == null) {
            dict = new WeftDict();
        }
        return dict;
    }

    @Override
    public boolean hasInstanceDict() {
        return type != FutureType.TYPE;
    }

    @Override
    public String repr(Fiber t) {
        return FutureType.repr(t, this);
    }

    @Override
    public dev.weft.runtime.WeftIterator iterator() {
        return new FutureIter(this);
    }

    public boolean isDone() {
        return done;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setResult(Object value) {
        complete(value, null, false);
    }

    public void setException(WeftError e) {
        complete(WeftNone.NONE, e, false);
    }

    public boolean cancel() {
        return cancel(WeftTuple.EMPTY);
    }

    /** Cancels with {@code args} for the CancelledError (a message, or none). */
    public boolean cancel(WeftTuple args) {
        logTraceback = false;
        if (done) {
            return false;
        }
        complete(WeftNone.NONE, new WeftError(ErrorTypes.CANCELLED_ERROR, args), true);
        return true;
    }

    /**
     * Cancels as a script's {@code fut.cancel(msg)} would: through an overriding {@code cancel}
     * of a subclass ({@code gather}'s future cancels its children instead).
     */
    boolean cancelFor(Fiber t, Object message) {
        if (type != FutureType.TYPE && type.lookup("cancel") != FutureType.TYPE.lookup("cancel")) {
            Object m = message == null ? WeftNone.NONE : message;
            Object r = t.callNested(dev.weft.runtime.Attrs.get(t, this, "cancel"),
                    new Object[] {m}, new String[] {"msg"});
            return dev.weft.runtime.Truth.isTrue(t, r);
        }
        return cancel(message == null || message == WeftNone.NONE ? WeftTuple.EMPTY
                : WeftTuple.of(message));
    }

    /** The result as set (None when there is none), without raising. */
    Object rawResult() {
        return result;
    }

    /** The callbacks still to run, for the repr's {@code cb=[...]}. */
    List<Consumer<Future>> listeners() {
        return listeners;
    }

    /** Forgets the pending listeners {@code which} accepts; how many there were. */
    int removeListeners(java.util.function.Predicate<Consumer<Future>> which) {
        int before = listeners.size();
        listeners.removeIf(which);
        return before - listeners.size();
    }

    private void complete(Object value, WeftError e, boolean cancel) {
        if (done) {
            throw Errors.of(ErrorTypes.INVALID_STATE_ERROR, "invalid state");
        }
        done = true;
        cancelled = cancel;
        result = value;
        error = e;
        List<Consumer<Future>> ls = new ArrayList<>(listeners);
        listeners.clear();
        for (Consumer<Future> l : ls) {
            l.accept(this);
        }
    }

    public Object result() {
        if (!done) {
            throw Errors.of(ErrorTypes.INVALID_STATE_ERROR, "Result is not set.");
        }
        logTraceback = false;
        if (error != null) {
            throw error;
        }
        return result;
    }

    public WeftError error() {
        return error;
    }

    public void whenDone(Consumer<Future> l) {
        if (done) {
            l.accept(this);
        } else {
            listeners.add(l);
        }
    }

    /** {@code await future}. */
    Step await(Fiber t, CallSite site) {
        if (done) {
            logTraceback = false;
            return error != null ? t.raise(error, site) : site.returned(t, result);
        }
        Task me = Task.of(t);
        Consumer<Future> l = new Callbacks.Wakeup<>(me, f -> {
            f.logTraceback = false;
            if (f.error != null) {
                me.wakeRaising(f.error);
            } else {
                me.wakeWith(f.result);
            }
        });
        listeners.add(l);
        Wait w = new Wait("a future", t.frame.code, site.line, false, () -> {
            listeners.remove(l);
            if (me.isCancelling() && !done) {
                Task running = me.scheduler.current();
                cancelFor(running != null ? running.fiber() : t.interp.mainFiber(),
                        me.cancelMessage());
            }
        });
        w.awaited = this;
        return me.park(site, w);
    }
}
