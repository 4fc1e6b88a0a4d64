// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.RootSite;
import dev.weft.cps.Step;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A task: a fiber the scheduler runs, from the step it was spawned with until its root frame
 * ends. States are explicit: READY (queued), RUNNING, WAITING (parked on a {@link Wait}),
 * DONE (result, error or cancelled). Each illegal transition has one message.
 */
public final class Task implements WeftObject, dev.weft.runtime.WeftRepresentable,
        dev.weft.runtime.NativeIterable {
    /** The states a task moves through. */
    public enum State { READY, RUNNING, WAITING, DONE }

    final Scheduler scheduler;
    final Fiber fiber;
    final RootSite root = new RootSite();
    final int id;
    String name;
    State state = State.READY;
    private boolean started;
    /** The step to run when next scheduled. */
    Step next;
    /** Where a parked task will receive its wake-up value. */
    private CallSite parkedAt;
    /** Where a woken (or yielding) task resumes, until it runs: cancel() raises there. */
    private CallSite readyAt;
    private Wait wait;
    /** The wait just ended, until the task runs (asyncio's repr still shows it as wait_for). */
    private Wait endedWait;
    private boolean cancelErrorTaken;
    /** A CancelledError is already on its way to where the task resumes. */
    private boolean cancelQueued;
    private Object result = WeftNone.NONE;
    private WeftError error;
    private boolean cancelled;
    /** cancel() was called: CancelledError is delivered at the next suspension point. */
    private boolean cancelPending;
    private Object cancelMessage;
    /** Whoever waits for this task to finish (join, await, gather). */
    private final List<Consumer<Task>> onDone = new ArrayList<>();
    /** Someone looked at the outcome (join, await, result(), exception()). */
    boolean retrieved;
    /** Yielded by its own iterator ({@code yield from task}): a task may wait for it. */
    boolean blocking;
    /**
     * A threading.Thread: preempted like an OS thread once its slice is past the switch
     * interval, and at exit dropped without cleanup (as CPython drops daemon threads) rather
     * than cancelled.
     */
    boolean thread;
    /** When a preemptible slice was first checked (nanoTime); 0 until then. */
    private long sliceStart;
    /** The step a preempted task resumes at, until it runs (Ctrl-C raises there). */
    private Step preemptedAt;
    /** Where it was spawned, for failure reports. */
    final Code spawnCode;
    final int spawnLine;
    /** The greenlet whose frames the fiber runs now; null until a script asks for one. */
    public dev.weft.sched.greenlet.Greenlet greenlet;
    /** The greenlet of the task's own frames (its root); null until a script asks for one. */
    public dev.weft.sched.greenlet.Greenlet rootGreenlet;
    /** Parked in a greenlet switch: it waits to be switched into, not for an event. */
    public boolean switchWaiting;
    /** Left alone, not cancelled, when the main program ends (gevent's greenlets). */
    public boolean abandonAtExit;
    /** The program ended and this task was abandoned: it never runs again. */
    boolean abandoned;
    /** The coroutine it runs, when it runs one (get_coro(), the repr). */
    private Object coro;
    /** Made through asyncio: its failures are reported as asyncio reports them, at exit. */
    boolean asyncio;
    /** Runs a callback (call_soon, a done callback), which asyncio does outside any task. */
    boolean callback;
    /** cancel() calls not yet matched by uncancel() (asyncio's cancelling()). */
    private int cancelRequests;

    Task(Scheduler scheduler, Fiber fiber, int id, String name, Code spawnCode, int spawnLine) {
        this.scheduler = scheduler;
        this.fiber = fiber;
        this.id = id;
        this.name = name;
        this.spawnCode = spawnCode;
        this.spawnLine = spawnLine;
        fiber.task = this;
    }

    @Override
    public WeftType type() {
        return TaskType.TYPE;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Fiber fiber() {
        return fiber;
    }

    public Object coro() {
        return coro;
    }

    public void setCoro(Object coro) {
        this.coro = coro;
    }

    /** Reports its failure the asyncio way (at exit, if never retrieved). */
    public void markAsyncio() {
        asyncio = true;
    }

    public boolean isAsyncio() {
        return asyncio;
    }

    public boolean isCallback() {
        return callback;
    }

    public int cancelling() {
        return cancelRequests;
    }

    /** uncancel(): one cancellation request fewer; how many remain. */
    public int uncancel() {
        if (cancelRequests > 0) {
            cancelRequests--;
        }
        return cancelRequests;
    }

    /** A cancellation is on its way (its message is {@link #cancelMessage()}). */
    boolean isCancelling() {
        return cancelPending;
    }

    Object cancelMessage() {
        return cancelMessage;
    }

    /** The call site of the task's root frame: it records how the task ended. */
    public RootSite rootSite() {
        return root;
    }

    /** The running task of fiber {@code t}; an error outside any task. */
    public static Task of(Fiber t) {
        if (t.task == null) {
            throw Errors.runtimeError("no running task: waiting is only possible inside a task");
        }
        return t.task;
    }

    public State state() {
        return state;
    }

    /** A program, REPL input or embedding call (not a spawned task). */
    public boolean isMain() {
        return id < 0;
    }

    /** Its number, unique in its scheduler: spawned tasks count up from 1, main tasks down. */
    public int id() {
        return id;
    }

    /** Whether it runs a threading.Thread. */
    public boolean isThread() {
        return thread;
    }

    /** {@code file:line} where it was spawned, or null. */
    public String spawnedAt() {
        return spawnCode == null ? null : spawnCode.file + ":" + spawnLine;
    }

    public boolean wasRetrieved() {
        return retrieved;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Object result() {
        return result;
    }

    /** The exception the task ended with (CancelledError when cancelled), or null. */
    public WeftError error() {
        return error;
    }

    /**
     * The CancelledError to raise for this cancelled task: as asyncio, the one that ended it
     * (with its message) the first time, a plain CancelledError() after that.
     */
    public WeftError cancelledError() {
        if (!cancelErrorTaken) {
            cancelErrorTaken = true;
            return new WeftError(ErrorTypes.CANCELLED_ERROR, error.args());
        }
        return new WeftError(ErrorTypes.CANCELLED_ERROR, WeftTuple.EMPTY);
    }

    public Wait currentWait() {
        return wait;
    }

    boolean isCancelQueued() {
        return cancelQueued;
    }

    /** The wait in progress, or the one that just ended if the task has not run since. */
    Wait shownWait() {
        return wait != null ? wait : endedWait;
    }

    // ---- suspension -------------------------------------------------------------------------

    /**
     * Parks the running task at {@code site} until {@link #wakeWith} or {@link #wakeRaising}.
     * Returns the step the suspending builtin must return (null: leave the trampoline). A
     * pending cancellation is delivered instead of parking.
     */
    public Step park(CallSite site, Wait w) {
        if (fiber.nativeDepth > 0) {
            w.withdraw();
            throw cannotSuspend(w.what);
        }
        if (cancelPending) {
            w.withdraw();
            return fiber.raise(takeCancellation(), site);
        }
        state = State.WAITING;
        parkedAt = site;
        w.locate(fiber.frame);
        wait = w;
        return null;
    }

    /** Wakes a parked task: {@code value} arrives at the site it parked at. */
    public void wakeWith(Object value) {
        if (state != State.WAITING) {
            return;
        }
        CallSite site = parkedAt;
        resumeWith(new Deliver(site, value));
    }

    /** Wakes a parked task with an exception raised at the site it parked at. */
    public void wakeRaising(WeftError e) {
        if (state != State.WAITING) {
            return;
        }
        CallSite site = parkedAt;
        resumeWith(new Throw(site, e));
    }

    /**
     * As {@link #wakeWith}, but the task runs before every other ready task: a greenlet switch
     * hands the processor over to it.
     */
    public void wakeNext(Object value) {
        if (state != State.WAITING) {
            return;
        }
        wait = null;
        switchWaiting = false;
        readyAt = parkedAt;
        next = new Deliver(parkedAt, value);
        parkedAt = null;
        state = State.READY;
        scheduler.enqueueFirst(this);
    }

    private void resumeWith(Step s) {
        endedWait = wait;
        wait = null;
        switchWaiting = false;
        readyAt = parkedAt;
        parkedAt = null;
        next = s;
        state = State.READY;
        scheduler.enqueue(this);
    }

    /**
     * Yields the processor: the running task goes to the back of the ready queue. {@code what}
     * names the yielding call for the error raised where the task cannot suspend.
     */
    public Step yieldNow(CallSite site, String what) {
        if (fiber.nativeDepth > 0) {
            throw cannotSuspend(what);
        }
        if (cancelPending) {
            return fiber.raise(takeCancellation(), site);
        }
        next = new Deliver(site, WeftNone.NONE);
        readyAt = site;
        state = State.READY;
        scheduler.enqueue(this);
        return null;
    }

    /**
     * As {@link #yieldNow}, but the task goes to the front of the ready queue: it runs again as
     * soon as the task handed the processor (put in front of it afterwards) waits.
     */
    public Step yieldFirst(CallSite site, String what) {
        if (fiber.nativeDepth > 0) {
            throw cannotSuspend(what);
        }
        next = new Deliver(site, WeftNone.NONE);
        readyAt = site;
        state = State.READY;
        scheduler.enqueueFirst(this);
        return null;
    }

    /**
     * Suspending needs the fiber's whole chain on the heap; a nested run started from Java
     * holds Java frames that cannot be paused, so the wait is refused there.
     */
    private static WeftError cannotSuspend(String what) {
        return Errors.runtimeError("cannot suspend in " + what + " here: it was called from"
                + " Java code (a sort key, __repr__, __eq__, a callback...), which cannot be"
                + " paused");
    }

    // ---- preemption (threading threads only) ------------------------------------------------

    /**
     * Polled by the trampoline every few thousand steps: whether this task should give way as
     * an OS thread would at CPython's switch interval. Only threads (and the main program while
     * threads are alive) are preempted, and only when another task is ready or a timer is due.
     */
    public boolean preemptDue() {
        if (!thread && !(id < 0 && scheduler.threadsAlive() > 0)) {
            return false;
        }
        long now = System.nanoTime();
        if (sliceStart == 0) {
            sliceStart = now;
            return false;
        }
        return now - sliceStart >= scheduler.switchIntervalNanos() && scheduler.hasOtherWork();
    }

    /** Puts the running task at the back of the ready queue, to resume at {@code s}. */
    public void preempt(Step s) {
        next = s;
        preemptedAt = s;
        state = State.READY;
        scheduler.enqueue(this);
    }

    // ---- running and finishing --------------------------------------------------------------

    /** Runs until the task parks, yields or ends. */
    void runSlice() {
        Step s = next;
        next = null;
        readyAt = null;
        preemptedAt = null;
        sliceStart = 0;
        endedWait = null;
        cancelQueued = false;
        if (!started) {
            started = true;
            if (cancelPending) {
                // As asyncio, which throws CancelledError into the unstarted coroutine: its
                // body never runs, and it is not reported as never awaited.
                if (coro instanceof dev.weft.runtime.WeftCoroutine c) {
                    c.close();
                }
                cancelled = true;
                finish(null, takeCancellation());
                return;
            }
        }
        state = State.RUNNING;
        fiber.loop(s);
        if (root.done()) {
            WeftError e = root.failure();
            cancelled = e != null && e.isInstance(ErrorTypes.CANCELLED_ERROR);
            finish(root.result(), e);
        } else if (state == State.RUNNING) {
            throw new IllegalStateException("task " + name + " stopped without parking");
        }
    }

    private void finish(Object value, WeftError e) {
        state = State.DONE;
        result = e == null ? value : WeftNone.NONE;
        error = e;
        wait = null;
        List<Consumer<Task>> listeners = new ArrayList<>(onDone);
        onDone.clear();
        scheduler.finished(this, !listeners.isEmpty());
        for (Consumer<Task> l : listeners) {
            l.accept(this);
        }
    }

    /** Calls {@code listener} once this task is done (at once if it is). */
    public void whenDone(Consumer<Task> listener) {
        if (state == State.DONE) {
            listener.accept(this);
        } else {
            onDone.add(listener);
        }
    }

    /** Someone waits for or reads this task's outcome: its failure is theirs to report. */
    public void retrievedBy() {
        retrieved = true;
    }

    public void removeListener(Consumer<Task> listener) {
        onDone.remove(listener);
    }

    /** The callbacks still to run, for the repr's {@code cb=[...]}. */
    List<Consumer<Task>> listeners() {
        return onDone;
    }

    /** Forgets the pending callbacks {@code which} accepts; how many there were. */
    int removeListeners(java.util.function.Predicate<Consumer<Task>> which) {
        int before = onDone.size();
        onDone.removeIf(which);
        return before - onDone.size();
    }

    /** The line the task's coroutine is at: where it waits, or where it was defined. */
    int coroLine(dev.weft.cps.Frame coroFrame, int definedAt) {
        dev.weft.cps.Frame below = null;
        for (dev.weft.cps.Frame f = fiber.frame; f != null; f = f.parent) {
            if (f == coroFrame) {
                if (below != null) {
                    return below.callSite.line;
                }
                return parkedAt != null ? parkedAt.line : readyAt != null ? readyAt.line
                        : definedAt;
            }
            below = f;
        }
        return definedAt;
    }

    // ---- cancellation -----------------------------------------------------------------------

    /** Requests cancellation; false when the task is already done. */
    public boolean cancel(Object message) {
        if (state == State.DONE) {
            return false;
        }
        cancelRequests++;
        if (cancelQueued) {
            return true; // as asyncio: the first message is the one delivered
        }
        cancelPending = true;
        cancelMessage = message;
        if (state == State.WAITING) {
            Wait w = wait;
            w.withdraw();
            wakeRaising(takeCancellation());
            cancelQueued = true;
        } else if (state == State.READY && readyAt != null) {
            next = new Throw(readyAt, takeCancellation());
            cancelQueued = true;
        }
        return true;
    }

    /**
     * Delivers KeyboardInterrupt (Ctrl-C): at the point where the task waits, or where it
     * resumes when ready. A running task is interrupted by the trampoline's poll instead.
     */
    public void interrupt() {
        throwIn(new WeftError(ErrorTypes.KEYBOARD_INTERRUPT, WeftTuple.EMPTY));
    }

    /**
     * Raises {@code e} in the task where it waits, or where it resumes when it is ready
     * (gevent's kill and throw). False when it cannot be done: the task is done, running, or
     * has not started (nothing of it runs yet to raise in).
     */
    public boolean throwIn(WeftError e) {
        if (state == State.WAITING) {
            Wait w = wait;
            w.withdraw();
            wakeRaising(e);
            return true;
        }
        if (state == State.READY && readyAt != null) {
            next = new Throw(readyAt, e);
            return true;
        }
        if (state == State.READY && preemptedAt != null) {
            next = new Throw(preemptedAt, e);
            return true;
        }
        return false;
    }

    /** Moves a ready task to the front of the ready queue: it runs next. */
    public void runNext() {
        if (state == State.READY && scheduler.dequeue(this)) {
            scheduler.enqueueFirst(this);
        }
    }

    private WeftError takeCancellation() {
        cancelPending = false;
        Object msg = cancelMessage;
        cancelMessage = null;
        return new WeftError(ErrorTypes.CANCELLED_ERROR,
                msg == null || msg == WeftNone.NONE ? WeftTuple.EMPTY : WeftTuple.of(msg));
    }

    /** Delivers a value to a call site when the task resumes. */
    private static final class Deliver extends Step {
        private final CallSite site;
        private final Object value;

        Deliver(CallSite site, Object value) {
            this.site = site;
            this.value = value;
        }

        @Override
        public Step run(Fiber t) {
            return site.returned(t, value);
        }
    }

    /** Raises an exception at a call site (or a preempted step) when the task resumes. */
    private static final class Throw extends Step {
        private final Step site;
        private final WeftError error;

        Throw(Step site, WeftError error) {
            this.site = site;
            this.error = error;
        }

        @Override
        public Step run(Fiber t) {
            return t.raise(error, site);
        }
    }

    @Override
    public String repr(Fiber t) {
        return TaskType.repr(t, this);
    }

    @Override
    public dev.weft.runtime.WeftIterator iterator() {
        return new FutureIter(this);
    }

    @Override
    public String toString() {
        return "<Task " + name + " " + state + ">";
    }
}
