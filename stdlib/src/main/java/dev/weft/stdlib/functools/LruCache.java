// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.functools;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftInstance;
import dev.weft.runtime.WeftMethod;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.JavaClass;

/**
 * functools' _lru_cache_wrapper: memoises a function by its arguments, evicting the least
 * recently used result beyond maxsize. A call that misses runs the function on the
 * trampoline (the wrapper adds no frame, as CPython's C wrapper adds none), and the result
 * is stored when it returns. It is a descriptor, so a cached method binds to its instance.
 */
final class LruCache extends WeftInstance {
    static final WeftType TYPE = JavaClass.make("functools", "_lru_cache_wrapper", Types.OBJECT);
    /** Separates positional from keyword arguments inside a key. */
    private static final Object KWD_MARK = new WeftInstance(Types.OBJECT);

    private final Object function;
    /** The bound, or -1 for unbounded. */
    private final long maxsize;
    private final boolean typed;
    private final Object cacheInfoType;
    /** Results by key, oldest use first (a hit moves its entry to the end). */
    private final WeftDict cache = new WeftDict();
    private long hits;
    private long misses;

    static {
        TYPE.define("__call__", WeftBuiltin.cpsMethod("__call__", LruCache::call));
        JavaClass.method(TYPE, "__get__", (t, a, k) -> a.length < 2 || a[1] == WeftNone.NONE
                ? a[0] : new WeftMethod(a[0], a[1]));
        JavaClass.method(TYPE, "cache_info", (t, a, k) -> {
            LruCache c = (LruCache) a[0];
            return Calls.callDirect(t, c.cacheInfoType, c.hits, c.misses,
                    c.maxsize < 0 ? WeftNone.NONE : (Object) c.maxsize, (long) c.cache.size());
        });
        JavaClass.method(TYPE, "cache_clear", (t, a, k) -> {
            LruCache c = (LruCache) a[0];
            c.cache.clear();
            c.hits = 0;
            c.misses = 0;
            return WeftNone.NONE;
        });
    }

    LruCache(Object function, long maxsize, boolean typed, Object cacheInfoType) {
        super(TYPE);
        this.function = function;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
    }

    private static Step call(Fiber t, CallSite site, Object[] a, String[] k) {
        LruCache c = (LruCache) a[0];
        Object[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
        if (c.maxsize == 0) {
            c.misses++;
            return Calls.call(t, site, c.function, args, k);
        }
        Object key = c.key(args, k);
        Object hit = c.cache.get(t, key);
        if (hit != null) {
            c.hits++;
            c.cache.remove(t, key);
            c.cache.put(t, key, hit);
            return site.returned(t, hit);
        }
        c.misses++;
        return Calls.call(t, new StoreSite(site, c, key), c.function, args, k);
    }

    /** CPython's _make_key: the arguments, a marker and keyword pairs, maybe their types. */
    private Object key(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        java.util.List<Object> key = new java.util.ArrayList<>();
        for (int i = 0; i < npos; i++) {
            key.add(args[i]);
        }
        if (nkw > 0) {
            key.add(KWD_MARK);
            for (int i = 0; i < nkw; i++) {
                key.add(kwnames[i]);
                key.add(args[npos + i]);
            }
        }
        if (typed) {
            for (Object v : args) {
                key.add(Types.of(v));
            }
        } else if (key.size() == 1 && (key.get(0) instanceof Long || key.get(0) instanceof String
                || key.get(0) instanceof java.math.BigInteger)) {
            return key.get(0);
        }
        return WeftTuple.of(key.toArray());
    }

    private void store(Fiber t, Object key, Object value) {
        if (cache.containsKey(t, key)) {
            return;
        }
        if (maxsize > 0 && cache.size() >= maxsize) {
            for (int e = 0; e < cache.end(); e++) {
                if (cache.keyAt(e) != null) {
                    cache.removeEntry(e);
                    break;
                }
            }
        }
        cache.put(t, key, value);
    }

    /** Receives the function's result, caches it and passes it on. */
    private static final class StoreSite extends dev.weft.cps.RelaySite {
        private final LruCache cache;
        private final Object key;

        StoreSite(CallSite site, LruCache cache, Object key) {
            super(site);
            this.cache = cache;
            this.key = key;
        }

        @Override
        public Step returned(Fiber t, Object value) {
            cache.store(t, key, value);
            return site.returned(t, value);
        }
    }
}
