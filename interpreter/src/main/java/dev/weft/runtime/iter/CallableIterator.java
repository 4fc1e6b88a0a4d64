// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Compare;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftType;

/** {@code iter(callable, sentinel)}: calls until the sentinel comes back. */
public final class CallableIterator extends WeftIterator {
    static final WeftType TYPE = Iterators.type("callable_iterator");

    private Object fn;
    private final Object sentinel;

    public CallableIterator(Object fn, Object sentinel) {
        this.fn = fn;
        this.sentinel = sentinel;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Object next(Fiber t) {
        if (fn == null) {
            return null;
        }
        Object v;
        try {
            v = Calls.callDirect(t, fn);
        } catch (dev.weft.runtime.WeftError e) {
            if (!e.isInstance(dev.weft.runtime.ErrorTypes.STOP_ITERATION)) {
                throw e;
            }
            fn = null; // the callable's StopIteration ends the iteration too
            return null;
        }
        if (Compare.eq(t, v, sentinel)) {
            fn = null;
            return null;
        }
        return v;
    }
}
