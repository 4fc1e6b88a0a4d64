// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.functools;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;

/**
 * The {@code _functools} module: reduce and the LRU cache wrapper, the parts CPython writes in
 * C. functools itself is Weft source built on them.
 */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("reduce", WeftBuiltin.function("reduce", FunctoolsModule::reduce));
        d.putStr("_lru_cache_wrapper", WeftBuiltin.function("_lru_cache_wrapper",
                (t, a, k) -> {
                    long maxsize = a[1] == WeftNone.NONE ? -1 : Math.max(0,
                            IntOps.clampLong(a[1]));
                    return new LruCache(a[0], maxsize, Truth.isTrue(t, a[2]), a[3]);
                }));
    }

    private static Object reduce(Fiber t, Object[] a, String[] k) {
        dev.weft.stdlib.Args.positional("reduce", a, k, 2, 3);
        Object it;
        try {
            it = Iter.iter(t, a[1]);
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.TYPE_ERROR)) {
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        Object acc = a.length == 3 ? a[2] : null;
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            acc = acc == null ? v : Calls.callDirect(t, a[0], acc, v);
        }
        if (acc == null) {
            throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        return acc;
    }
}
