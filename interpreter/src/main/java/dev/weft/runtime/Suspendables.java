// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Frame;

/** Makes the object a call to a generator or coroutine function returns. */
final class Suspendables {
    private Suspendables() {}

    static Object make(WeftFunction fn, Frame frame) {
        switch (fn.code.kind) {
            case GENERATOR:
                return new WeftGenerator(fn, frame);
            case COROUTINE:
                throw Errors.notImplemented("coroutines ('async def') arrive with the scheduler");
            case ASYNC_GENERATOR:
                throw Errors.notImplemented("async generators arrive with the scheduler");
            default:
                throw new IllegalStateException(fn.code.kind.toString());
        }
    }
}
