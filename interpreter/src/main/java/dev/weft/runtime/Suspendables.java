// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Frame;

/** Makes the object a call to a generator or coroutine function returns. */
final class Suspendables {
    private Suspendables() {}

    static Object make(dev.weft.cps.Fiber t, WeftFunction fn, Frame frame) {
        switch (fn.code.kind) {
            case GENERATOR:
                return new WeftGenerator(fn, frame);
            case COROUTINE:
                WeftCoroutine c = new WeftCoroutine(fn, frame);
                t.interp.finalizer().registerCoroutine(c);
                return c;
            case ASYNC_GENERATOR:
                return new WeftGenerator(fn, frame, true);
            default:
                throw new IllegalStateException(fn.code.kind.toString());
        }
    }
}
