// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftGenerator;
import dev.weft.runtime.WeftNone;
import dev.weft.sched.Awaiting;

/**
 * The head of an {@code async for}: awaits the iterator's next item. An async generator is
 * resumed directly; other async iterators have {@code __anext__()} called and its awaitable
 * awaited, and their StopAsyncIteration reaches this step's handler, which ends the loop.
 */
public final class AsyncForStep extends CallSite {
    final int iterSlot;
    final int valueSlot;
    public Step body;
    public Step exit;

    public AsyncForStep(int iterSlot, int valueSlot) {
        this.iterSlot = iterSlot;
        this.valueSlot = valueSlot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        Object it = f.slots[iterSlot];
        if (it instanceof WeftGenerator g && g.isAsync()) {
            return g.resume(t, this, WeftNone.NONE, null);
        }
        Object anext = Types.of(it).lookup("__anext__");
        if (anext == null) {
            throw Errors.typeError("'async for' received an invalid object from __aiter__: "
                    + Types.name(it));
        }
        Object awaitable = Calls.callDirect(t, anext, it);
        if (!Awaiting.isAwaitable(awaitable)) {
            throw Errors.typeError("'async for' received an invalid object from __anext__: "
                    + Types.name(awaitable));
        }
        return Awaiting.await(t, new NextItem(this), awaitable);
    }

    /**
     * Hears the awaited __anext__() result. A coroutine reports its return as "exhausted",
     * which for an async generator resumed above means the loop is over: here it is the item.
     */
    private static final class NextItem extends CallSite {
        private final AsyncForStep head;

        NextItem(AsyncForStep head) {
            this.head = head;
            this.line = head.line;
            this.pos = head.pos;
            this.handler = head.handler;
        }

        @Override
        public Step returned(Fiber t, Object value) {
            return head.returned(t, value);
        }

        @Override
        public Step exhausted(Fiber t, Object value) {
            return head.returned(t, value);
        }
    }

    @Override
    public Step returned(Fiber t, Object value) {
        t.frame.slots[valueSlot] = value;
        return body;
    }

    @Override
    public Step exhausted(Fiber t, Object value) {
        return exit;
    }
}
