// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import dev.weft.cps.NativeSite;

/**
 * What {@code coro.__await__()} returns: the coroutine as an iterator, so that an __await__
 * method can {@code yield from} it. {@code yield from}, {@code next()} and the wrapper's own
 * methods run the coroutine on the trampoline, where it may wait; only Java code that steps it
 * (a builtin consuming an iterable) runs it nested.
 */
public final class CoroutineWrapper extends WeftIterator implements WeftRepresentable {
    public static final WeftType TYPE = WeftType.builtin("coroutine_wrapper", Types.OBJECT);

    private final WeftCoroutine coroutine;

    public CoroutineWrapper(WeftCoroutine coroutine) {
        this.coroutine = coroutine;
    }

    public WeftCoroutine coroutine() {
        return coroutine;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    /**
     * Stepped from Java: the coroutine runs to its end (a Weft coroutine parks its task rather
     * than yielding to a loop), so there is never an item, only the end.
     */
    @Override
    public Object next(Fiber t) {
        if (!coroutine.isFinished()) {
            NativeSite site = new NativeSite();
            t.runNested(coroutine.resume(t, site, WeftNone.NONE, null), site);
        }
        return null;
    }

    @Override
    public String repr(Fiber t) {
        return "<coroutine_wrapper object at " + Reprs.address(this) + ">";
    }
}
