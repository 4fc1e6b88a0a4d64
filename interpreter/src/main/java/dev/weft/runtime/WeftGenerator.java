// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;
import dev.weft.cps.Suspendable;

/**
 * A generator: a detached heap frame plus the step to resume it at. Resuming links the frame
 * under the resumer's frame; {@code yield} unlinks it again. No thread, no copied stack.
 */
public final class WeftGenerator implements WeftObject, Suspendable {
    private final WeftFunction function;
    private Frame frame;
    /** Where to continue; null until first started. */
    private Step resumeAt;
    private boolean running;
    private boolean finished;

    public WeftGenerator(WeftFunction function, Frame frame) {
        this.function = function;
        this.frame = frame;
        frame.owner = this;
    }

    @Override
    public WeftType type() {
        return Types.GENERATOR;
    }

    public String name() {
        return function.name;
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
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        running = true;
        t.sent = sent;
        t.throwing = thrown;
        return t.resume(frame, site, resumeAt == null ? frame.code.entry : resumeAt);
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
            WeftError r = Errors.runtimeError("generator raised StopIteration");
            r.cause = e;
            r.context = e;
            r.suppressContext = true;
            return r;
        }
        return e;
    }
}
