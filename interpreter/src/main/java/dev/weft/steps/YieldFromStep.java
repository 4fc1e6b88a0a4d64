// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.CoroutineWrapper;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Iter;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftGenerator;
import dev.weft.runtime.WeftNone;

/**
 * {@code yield from it}: the delegating generator's resume point. Each time it runs it passes
 * what was sent or thrown in on to the sub-iterator; what the sub-iterator yields is yielded
 * outward, and its return value becomes the expression's value. A sub-generator runs on the
 * trampoline; other iterators are stepped from Java.
 */
public final class YieldFromStep extends CallSite {
    final int iterSlot;
    final int resultSlot;
    public Step next;
    /** Inside try/with: a delegator suspended here needs closing at exit. */
    public boolean guarded;

    public YieldFromStep(int iterSlot, int resultSlot) {
        this.iterSlot = iterSlot;
        this.resultSlot = resultSlot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        Object it = f.slots[iterSlot];
        Object sent = t.sent;
        WeftError thrown = t.throwing;
        t.sent = WeftNone.NONE;
        t.throwing = null;
        if (it instanceof WeftGenerator g) {
            if (thrown != null && thrown.isInstance(ErrorTypes.GENERATOR_EXIT)) {
                g.closeNested(t);
                throw thrown;
            }
            return g.resume(t, this, sent, thrown);
        }
        if (it instanceof CoroutineWrapper w) {
            // yield from coro.__await__() (inside an __await__ method): the coroutine runs on
            // the trampoline, where it may wait; its return value is the expression's value.
            if (thrown != null && thrown.isInstance(ErrorTypes.GENERATOR_EXIT)) {
                w.coroutine().close();
                throw thrown;
            }
            return w.coroutine().resume(t, this, sent, thrown);
        }
        Object value = stepIterator(t, it, sent, thrown);
        if (value == null) {
            return next;
        }
        return suspend(t, value);
    }

    /** Steps a non-generator iterator; null when it finished (its result is stored). */
    private Object stepIterator(Fiber t, Object it, Object sent, WeftError thrown) {
        Frame f = t.frame;
        try {
            if (thrown != null) {
                if (thrown.isInstance(ErrorTypes.GENERATOR_EXIT)) {
                    Object close = Attrs.lookup(t, it, "close");
                    if (close != null) {
                        Calls.callDirect(t, close);
                    }
                    throw thrown;
                }
                Object throwFn = Attrs.lookup(t, it, "throw");
                if (throwFn == null) {
                    throw thrown;
                }
                return Calls.callDirect(t, throwFn, thrown);
            }
            if (sent == WeftNone.NONE) {
                Object v = Iter.next(t, it);
                if (v == null) {
                    f.slots[resultSlot] = WeftNone.NONE;
                }
                return v;
            }
            return Calls.callDirect(t, Attrs.get(t, it, "send"), sent);
        } catch (WeftError e) {
            if (e != thrown && e.isInstance(ErrorTypes.STOP_ITERATION)) {
                f.slots[resultSlot] = e.firstArg();
                return null;
            }
            throw e;
        }
    }

    /**
     * The sub-generator yielded: pass the value outward on the next step rather than from
     * here, so a chain of n delegators costs n trampoline steps, not n Java frames.
     */
    @Override
    public Step returned(Fiber t, Object value) {
        t.sent = value;
        return passOutward;
    }

    private final Step passOutward = new Step() {
        @Override
        public Step run(Fiber t) {
            Object value = t.sent;
            t.sent = WeftNone.NONE;
            return suspend(t, value);
        }
    };

    private Step suspend(Fiber t, Object value) {
        Frame f = t.frame;
        if (guarded && f.owner instanceof WeftGenerator g) {
            g.markCleanupNeeded(t);
        }
        return f.owner.yield(t, this, value);
    }

    @Override
    public Step exhausted(Fiber t, Object value) {
        t.frame.slots[resultSlot] = value;
        return next;
    }
}
