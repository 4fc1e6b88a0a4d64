// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftGenerator;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/**
 * The awaitable an async generator's {@code __anext__()}, {@code asend()}, {@code athrow()}
 * or {@code aclose()} returns: awaiting it runs the generator to its next yield.
 */
public final class ANext implements WeftObject {
    public static final WeftType TYPE = WeftType.builtin("async_generator_asend", Types.OBJECT);

    private final WeftGenerator gen;
    private final Object sent;
    private final WeftError thrown;
    private final boolean closing;

    public ANext(WeftGenerator gen, Object sent, WeftError thrown, boolean closing) {
        this.gen = gen;
        this.sent = sent;
        this.thrown = thrown;
        this.closing = closing;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    Step await(Fiber t, CallSite site) {
        if (gen.isFinished()) {
            // As in 3.11: athrow() and aclose() of a finished generator give None.
            return thrown != null ? site.returned(t, WeftNone.NONE)
                    : t.raise(new WeftError(ErrorTypes.STOP_ASYNC_ITERATION, WeftTuple.EMPTY),
                            site);
        }
        if (closing && !gen.isStarted()) {
            gen.closeNested(t);
            return site.returned(t, WeftNone.NONE);
        }
        return gen.resume(t, new Site(site, closing), sent, thrown);
    }

    /** Turns the generator's next move into the awaited value (or StopAsyncIteration). */
    private static final class Site extends CallSite {
        private final CallSite site;
        private final boolean closing;

        Site(CallSite site, boolean closing) {
            this.site = site;
            this.closing = closing;
            this.line = site.line;
            this.pos = site.pos;
            this.handler = closing && !site.isBoundary() ? new dev.weft.runtime.CloseFilter(site, ANext::closedBy) : site.handler;
        }

        @Override
        public Step returned(Fiber t, Object value) {
            if (closing) {
                return t.raise(dev.weft.runtime.Errors.runtimeError(
                        "async generator ignored GeneratorExit"), site);
            }
            return site.returned(t, value);
        }

        @Override
        public Step exhausted(Fiber t, Object value) {
            if (closing) {
                return site.returned(t, WeftNone.NONE);
            }
            return t.raise(new WeftError(ErrorTypes.STOP_ASYNC_ITERATION, WeftTuple.EMPTY), site);
        }

        @Override
        public boolean isBoundary() {
            return site.isBoundary();
        }

        @Override
        public Step unwound(Fiber t, WeftError e) {
            if (closing && closedBy(e)) {
                return site.returned(t, WeftNone.NONE);
            }
            return site.unwound(t, e);
        }
    }

    /** aclose() succeeded when GeneratorExit (or StopAsyncIteration) left the generator. */
    private static boolean closedBy(WeftError e) {
        return e.isInstance(ErrorTypes.GENERATOR_EXIT)
                || e.isInstance(ErrorTypes.STOP_ASYNC_ITERATION);
    }
}
