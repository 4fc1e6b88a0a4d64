// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.NativeSite;
import dev.weft.cps.Step;
import dev.weft.cps.Suspendable;

/**
 * A generator: a detached heap frame plus the step to resume it at. Resuming links the frame
 * under the resumer's frame; {@code yield} unlinks it again. No thread, no copied stack.
 *
 * <p>States: created (never run), suspended (at a yield), running, finished. While it runs, the
 * exception being handled inside it is its own; the resumer's is restored when it yields.
 */
public final class WeftGenerator implements WeftObject, Suspendable, WeftRepresentable {
    private final WeftFunction function;
    private Frame frame;
    /** Where to continue; null until first started. */
    private Step resumeAt;
    private boolean running;
    private boolean finished;
    /** The resumer's handled exception, restored when this generator yields. */
    private WeftError callerHandled;
    /** The exception being handled inside the generator when it last yielded. */
    private WeftError ownHandled;
    /**
     * Set when the only reference is a for loop's iterator or one tracked variable (proved by
     * the compiler), so it may be closed where CPython's reference count would drop to zero.
     */
    public boolean owned;
    /** Registered for closing at exit (it yielded inside try/with). */
    private boolean registered;
    /** An async generator ({@code async def} with {@code yield}). */
    private final boolean async;

    public WeftGenerator(WeftFunction function, Frame frame) {
        this(function, frame, false);
    }

    public WeftGenerator(WeftFunction function, Frame frame, boolean async) {
        this.function = function;
        this.frame = frame;
        this.async = async;
        frame.owner = this;
    }

    @Override
    public WeftType type() {
        return async ? Types.ASYNC_GENERATOR : Types.GENERATOR;
    }

    public boolean isAsync() {
        return async;
    }

    public String name() {
        return function.name;
    }

    public WeftFunction function() {
        return function;
    }

    @Override
    public String repr(Fiber t) {
        return "<" + (async ? "async_generator" : "generator") + " object " + function.qualname
                + " at " + Reprs.address(this) + ">";
    }

    public String qualname() {
        return function.qualname;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isStarted() {
        return resumeAt != null;
    }

    /** Suspended at a yield (started, not running, not finished). */
    public boolean isSuspended() {
        return resumeAt != null && !running && !finished;
    }

    /** The frame while not finished (gi_frame), else null. */
    public Frame frame() {
        return frame;
    }

    /**
     * Resumes the generator from {@code site}, sending {@code sent} (or throwing {@code thrown} at
     * its resume point). The site hears of the next yield, or of the generator finishing.
     */
    public Step resume(Fiber t, CallSite site, Object sent, WeftError thrown) {
        if (running) {
            throw Errors.valueError("generator already executing");
        }
        if (finished) {
            return thrown != null ? t.raise(thrown, site) : site.exhausted(t, WeftNone.NONE);
        }
        if (resumeAt == null && thrown == null && sent != WeftNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started "
                    + (async ? "async generator" : "generator"));
        }
        running = true;
        t.sent = sent;
        t.throwing = thrown;
        callerHandled = t.handled;
        if (ownHandled != null) {
            t.handled = ownHandled;
        }
        return t.resume(frame, site, resumeAt == null ? frame.code.entry : resumeAt);
    }

    @Override
    public Step yield(Fiber t, Step next, Object value) {
        resumeAt = next;
        running = false;
        swapOutHandled(t);
        CallSite site = t.detach(frame);
        return site.yielded(t, value);
    }

    @Override
    public Step finish(Fiber t, Object value) {
        finished = true;
        running = false;
        swapOutHandled(t);
        CallSite site = t.detach(frame);
        frame = null;
        return site.exhausted(t, value);
    }

    private void swapOutHandled(Fiber t) {
        ownHandled = t.handled == callerHandled ? null : t.handled;
        t.handled = callerHandled;
        callerHandled = null;
    }

    @Override
    public WeftError aborted(WeftError e) {
        finished = true;
        running = false;
        frame = null;
        ownHandled = null;
        if (async && e.isInstance(ErrorTypes.STOP_ASYNC_ITERATION)) {
            WeftError r = Errors.runtimeError("async generator raised StopAsyncIteration");
            r.cause = e;
            r.context = e;
            r.suppressContext = true;
            return r;
        }
        if (e.isInstance(ErrorTypes.STOP_ITERATION)) {
            WeftError r = Errors.runtimeError((async ? "async generator" : "generator")
                    + " raised StopIteration");
            r.cause = e;
            r.context = e;
            r.suppressContext = true;
            return r;
        }
        return e;
    }

    /** The handled exception to restore in the resumer when the generator's frame is left. */
    public WeftError callerHandled() {
        return callerHandled;
    }

    /** A yield inside try/with: remember to close this generator at exit if still suspended. */
    public void markCleanupNeeded(Fiber t) {
        if (!registered) {
            registered = true;
            t.interp.finalizer().register(this);
        }
    }

    // ---- close ------------------------------------------------------------------------------

    /** {@code gen.close()} from a call site: GeneratorExit thrown in at the resume point. */
    public Step close(Fiber t, CallSite site) {
        if (finished || resumeAt == null) {
            finished = true;
            frame = null;
            return site.returned(t, WeftNone.NONE);
        }
        return resume(t, new CloseSite(site), WeftNone.NONE,
                new WeftError(ErrorTypes.GENERATOR_EXIT, WeftTuple.EMPTY));
    }

    /** Closes from Java (finalisation): runs the generator's cleanup in a nested trampoline. */
    public void closeNested(Fiber t) {
        if (!isSuspended()) {
            if (resumeAt == null) {
                finished = true;
                frame = null;
            }
            return;
        }
        NativeSite site = new NativeSite();
        t.runNested(close(t, site), site);
    }

    /** Hears how a generator reacted to GeneratorExit. */
    private final class CloseSite extends CallSite {
        private final CallSite site;

        CloseSite(CallSite site) {
            this.site = site;
            this.line = site.line;
            this.pos = site.pos;
            this.handler = site.isBoundary() ? null : new CloseFilter(site, WeftGenerator::closedBy);
        }

        @Override
        public Step returned(Fiber t, Object value) {
            return t.raise(Errors.runtimeError("generator ignored GeneratorExit"), site);
        }

        @Override
        public Step exhausted(Fiber t, Object value) {
            return site.returned(t, WeftNone.NONE);
        }

        @Override
        public boolean isBoundary() {
            return site.isBoundary();
        }

        @Override
        public Step unwound(Fiber t, WeftError e) {
            return closedBy(e) ? site.returned(t, WeftNone.NONE) : site.unwound(t, e);
        }
    }

    /** GeneratorExit or StopIteration leaving the generator mean it closed; others propagate. */
    private static boolean closedBy(WeftError e) {
        return e.isInstance(ErrorTypes.GENERATOR_EXIT) || e.isInstance(ErrorTypes.STOP_ITERATION);
    }
}
