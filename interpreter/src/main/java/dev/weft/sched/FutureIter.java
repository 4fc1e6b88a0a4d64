// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftType;

/**
 * What {@code fut.__await__()} and {@code iter(fut)} return for a Future or a Task, for
 * {@code yield from fut} inside an __await__ method, as in asyncio: it yields the future once
 * if it is not done, flagged as yielded this way (so the awaiting task waits for it), then
 * ends with the future's result, or raises its exception.
 */
final class FutureIter extends WeftIterator {
    static final WeftType TYPE = WeftType.builtin("FutureIter", Types.OBJECT);

    private final Object target;
    private boolean yielded;

    FutureIter(Future future) {
        this.target = future;
    }

    FutureIter(Task task) {
        this.target = task;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Object next(Fiber t) {
        if (!isDone()) {
            if (yielded) {
                throw Errors.runtimeError("await wasn't used with future");
            }
            yielded = true;
            markBlocking();
            return target;
        }
        throw Errors.stopIteration(outcome());
    }

    private boolean isDone() {
        return target instanceof Task task ? task.isDone() : ((Future) target).isDone();
    }

    private void markBlocking() {
        if (target instanceof Task task) {
            task.blocking = true;
        } else {
            ((Future) target).blocking = true;
        }
    }

    private Object outcome() {
        return target instanceof Task task ? TaskType.outcome(task, true)
                : FutureType.result((Future) target);
    }
}
