// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.builtins.Sig;
import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.CpsCode;
import dev.weft.runtime.Errors;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;

/** Shared plumbing of the synchronisation types: method tables and argument access. */
final class Sync {
    private Sync() {}

    static WeftType type(String name) {
        return WeftType.builtin(name, Types.OBJECT);
    }

    static void method(WeftType type, String name, NativeCode code) {
        type.define(name, WeftBuiltin.method(name, code).ownedBy(type));
    }

    /** A method that may park the calling task (awaitable under await, usable in with). */
    static void waiting(WeftType type, String name, CpsCode code) {
        type.define(name, WeftBuiltin.cpsMethod(name, code).suspending().ownedBy(type));
    }

    @SuppressWarnings("unchecked")
    static <T extends WeftObject> T self(Object[] a, Class<T> cls, String typeName) {
        if (a.length == 0 || !cls.isInstance(a[0])) {
            throw Errors.typeError("descriptor requires a '" + typeName + "' object");
        }
        return (T) a[0];
    }

    /**
     * {@code with x:} and {@code async with x:} over the same enter (which may wait) and exit
     * (which does not); the async forms are awaitable.
     */
    static void context(WeftType type, CpsCode enter, NativeCode exit) {
        waiting(type, "__enter__", enter);
        method(type, "__exit__", exit);
        waiting(type, "__aenter__", enter);
        waiting(type, "__aexit__", (t, site, a, k) -> site.returned(t, exit.call(t, a, k)));
    }

    /** A call site reply of None. */
    static Step none(Fiber t, CallSite site) {
        return site.returned(t, WeftNone.NONE);
    }

    static Object[] bind(String spec, Object[] a, String[] k) {
        return Sig.of(spec).bind(a, k);
    }
}
