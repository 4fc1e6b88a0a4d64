// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.CoroutineWrapper;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftCoroutine;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftGenerator;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftNone;
import java.util.List;

/**
 * {@code await x} where x's class defines __await__: the iterator __await__ returns is driven
 * as {@code yield from} drives one, and what it yields goes to the scheduler, as asyncio's Task
 * takes what a coroutine yields: None gives the other tasks a turn (as sleep(0) does), a future
 * or task is waited for before the iterator goes on, anything else is thrown back into it as
 * "Task got bad yield". The iterator's return value is the value of the await.
 */
final class DunderAwait extends CallSite {
    private final Object iterator;
    private final CallSite site;
    private final String what;
    /** Where the task comes back after a turn given away or a future waited for. */
    private final Resume resume = new Resume();

    private DunderAwait(Object iterator, CallSite site, String what) {
        this.iterator = iterator;
        this.site = site;
        this.what = what;
        this.line = site.line;
        this.pos = site.pos;
        this.handler = site.handler;
    }

    /** Calls {@code method} (x's __await__) and starts driving the iterator it returns. */
    static Step start(Fiber t, CallSite site, Object awaitable, Object method) {
        Object it = Calls.callDirect(t, method, awaitable);
        if (it instanceof WeftCoroutine) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!Iter.isIterator(it)) {
            throw Errors.typeError("__await__() returned non-iterator of type '"
                    + Types.name(it) + "'");
        }
        String what = Types.name(awaitable) + ".__await__()";
        return new DunderAwait(it, site, what).advance(t, WeftNone.NONE, null);
    }

    /** Sends {@code sent} into the iterator (or throws {@code thrown} in) for its next move. */
    private Step advance(Fiber t, Object sent, WeftError thrown) {
        if (iterator instanceof WeftGenerator g) {
            return g.resume(t, this, sent, thrown);
        }
        if (iterator instanceof CoroutineWrapper w) {
            return w.coroutine().resume(t, this, sent, thrown);
        }
        try {
            return yielded(t, stepFromJava(t, sent, thrown));
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.STOP_ITERATION)) {
                return site.returned(t, e.firstArg());
            }
            return t.raise(e, this);
        }
    }

    /** One step of an iterator written as a class: its value, or StopIteration at the end. */
    private Object stepFromJava(Fiber t, Object sent, WeftError thrown) {
        if (thrown != null) {
            Object throwFn = Attrs.lookup(t, iterator, "throw");
            if (throwFn == null) {
                throw thrown;
            }
            return Calls.callDirect(t, throwFn, thrown);
        }
        if (sent != WeftNone.NONE) {
            return Calls.callDirect(t, Attrs.get(t, iterator, "send"), sent);
        }
        if (iterator instanceof WeftIterator wi) {
            Object v = wi.next(t);
            if (v == null) {
                throw Errors.stopIteration(WeftNone.NONE);
            }
            return v;
        }
        return Calls.callDirect(t, Types.of(iterator).lookup("__next__"), iterator);
    }

    /** The iterator yielded {@code value}: hand it to the scheduler. */
    @Override
    public Step yielded(Fiber t, Object value) {
        if (value == WeftNone.NONE) {
            return Task.of(t).yieldNow(resume, what);
        }
        if (value instanceof Future || value instanceof Task) {
            if (!takeBlocking(value)) {
                return advance(t, WeftNone.NONE, Errors.runtimeError("yield was used instead of"
                        + " yield from in task " + Reprs.repr(t, Task.of(t)) + " with "
                        + Reprs.repr(t, value)));
            }
            return Awaiting.await(t, resume, value);
        }
        return advance(t, WeftNone.NONE,
                Errors.runtimeError("Task got bad yield: " + Reprs.repr(t, value)));
    }

    /** Whether the future came from its own iterator ({@code yield from fut}); clears it. */
    private static boolean takeBlocking(Object future) {
        if (future instanceof Task task) {
            boolean b = task.blocking;
            task.blocking = false;
            return b;
        }
        Future f = (Future) future;
        boolean b = f.blocking;
        f.blocking = false;
        return b;
    }

    @Override
    public Step returned(Fiber t, Object value) {
        return yielded(t, value);
    }

    /** The iterator finished: its return value is the await's. */
    @Override
    public Step exhausted(Fiber t, Object value) {
        return site.returned(t, value);
    }

    @Override
    public boolean isBoundary() {
        return site.isBoundary();
    }

    @Override
    public Step unwound(Fiber t, WeftError e) {
        return site.unwound(t, e);
    }

    /**
     * Back from the scheduler: the iterator goes on with None (a waited-for future's result
     * is for the iterator to fetch, as in asyncio). An exception that arrives instead (a
     * cancellation, a failed future) is thrown into the iterator.
     */
    private final class Resume extends CallSite {
        Resume() {
            this.line = DunderAwait.this.line;
            this.pos = DunderAwait.this.pos;
            this.handler = new ThrowIn();
        }

        @Override
        public Step returned(Fiber t, Object value) {
            return advance(t, WeftNone.NONE, null);
        }
    }

    /** Resume's handler: takes the exception raised at Resume and throws it into the iterator. */
    private final class ThrowIn extends Step {
        ThrowIn() {
            this.line = DunderAwait.this.line;
        }

        @Override
        public Step run(Fiber t) {
            WeftError e = t.frame.caught;
            t.frame.caught = null;
            // Raising it at Resume placed it in the awaiting frame; it belongs in the
            // iterator's, and the awaiting frame is placed again if it leaves the iterator.
            List<?> tb = e.traceback();
            if (!tb.isEmpty()) {
                tb.remove(tb.size() - 1);
            }
            return advance(t, WeftNone.NONE, e);
        }
    }
}
