// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;
import dev.weft.cps.Suspendable;

/**
 * A coroutine (the object an {@code async def} call returns): a heap frame that runs nothing
 * until awaited, spawned, or driven with send(). Awaiting links its frame under the awaiter's;
 * when code deeper in the chain parks the task, the whole chain simply stays on the heap.
 */
public final class WeftCoroutine implements WeftObject, Suspendable, WeftRepresentable {
    private final WeftFunction function;
    private Frame frame;
    private Step resumeAt;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** Where the coroutine was created, for the never-awaited warning. */
    public boolean warnedOrUsed;

    public WeftCoroutine(WeftFunction function, Frame frame) {
        this.function = function;
        this.frame = frame;
        frame.owner = this;
    }

    @Override
    public WeftType type() {
        return Types.COROUTINE;
    }

    public String qualname() {
        return function.qualname;
    }

    public String name() {
        return function.name;
    }

    public WeftFunction function() {
        return function;
    }

    /** The frame while not finished (cr_frame), else null. */
    public Frame frame() {
        return frame;
    }

    /** The line of the {@code def} (co_firstlineno). */
    public int definedAt() {
        return function.code.firstLine;
    }

    public String file() {
        return function.code.file;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return finished;
    }

    /** {@code await coro} from {@code site}: runs the body; the site hears its return. */
    public Step await(Fiber t, CallSite site) {
        if (finished || started && !running && resumeAt == null) {
            throw Errors.runtimeError("cannot reuse already awaited coroutine");
        }
        return resume(t, site, WeftNone.NONE, null);
    }

    /** Resumes (send/throw, or the first await). */
    public Step resume(Fiber t, CallSite site, Object sent, WeftError thrown) {
        if (running) {
            throw Errors.valueError("coroutine already executing");
        }
        if (finished) {
            throw Errors.runtimeError("cannot reuse already awaited coroutine");
        }
        if (!started && thrown == null && sent != WeftNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started coroutine");
        }
        warnedOrUsed = true;
        boolean first = !started;
        started = true;
        running = true;
        t.sent = sent;
        t.throwing = thrown;
        return t.resume(frame, site, first ? frame.code.entry : resumeAt);
    }

    @Override
    public Step yield(Fiber t, Step next, Object value) {
        resumeAt = next;
        running = false;
        CallSite site = t.detach(frame);
        return site.yielded(t, value);
    }

    @Override
    public Step finish(Fiber t, Object value) {
        finished = true;
        running = false;
        CallSite site = t.detach(frame);
        frame = null;
        return site.exhausted(t, value);
    }

    @Override
    public WeftError aborted(WeftError e) {
        finished = true;
        running = false;
        frame = null;
        if (e.isInstance(ErrorTypes.STOP_ITERATION)) {
            WeftError r = Errors.runtimeError("coroutine raised StopIteration");
            r.cause = e;
            r.context = e;
            r.suppressContext = true;
            return r;
        }
        return e;
    }

    /** close(): a coroutine never started (or finished) just becomes finished. */
    public void close() {
        if (!running) {
            finished = true;
            frame = null;
            warnedOrUsed = true;
        }
    }

    @Override
    public String repr(Fiber t) {
        return "<coroutine object " + function.qualname + " at " + Reprs.address(this) + ">";
    }
}
