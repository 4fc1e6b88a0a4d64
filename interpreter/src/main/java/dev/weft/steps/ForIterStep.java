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
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftNone;

/**
 * The head of a for loop: takes the next item from the iterator in a slot. Builtin iterators
 * answer directly; a generator is resumed on the trampoline (its yields come back here); a user
 * {@code __next__} is called, and its StopIteration reaches this step's handler, which ends the
 * loop. The item is left in a slot for the body's first step to assign.
 */
public final class ForIterStep extends CallSite {
    final int iterSlot;
    final int valueSlot;
    public Step body;
    public Step exit;

    public ForIterStep(int iterSlot, int valueSlot) {
        this.iterSlot = iterSlot;
        this.valueSlot = valueSlot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        Object it = f.slots[iterSlot];
        if (it instanceof WeftIterator wi) {
            Object v = wi.next(t);
            if (v == null) {
                return exit;
            }
            f.slots[valueSlot] = v;
            return body;
        }
        if (it instanceof WeftGenerator g) {
            return g.resume(t, this, WeftNone.NONE, null);
        }
        Object next = Types.of(it).lookup("__next__");
        if (next == null) {
            throw Errors.typeError("'" + Types.name(it) + "' object is not an iterator");
        }
        return Calls.call(t, this, next, new Object[] {it}, null);
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
