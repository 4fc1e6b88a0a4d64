// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;

/**
 * The {@code _heapq} module: the heap primitives over a list, with CPython's sift algorithms
 * and only {@code <} comparisons, so a heap's layout after each step is CPython's. The
 * {@code _max} variants keep a max-heap (for heapq.merge(reverse=True) and nsmallest).
 */
final class HeapqModule {
    private HeapqModule() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        for (boolean max : new boolean[] {false, true}) {
            String suffix = max ? "_max" : "";
            String prefix = max ? "_" : "";
            fn(d, prefix + "heappop" + suffix, (t, a, k) -> {
                Args.positional(prefix + "heappop" + suffix, a, k, 1, 1);
                return pop(t, list(a[0], prefix + "heappop" + suffix + "() argument"), max);
            });
            fn(d, prefix + "heapify" + suffix, (t, a, k) -> {
                Args.positional(prefix + "heapify" + suffix, a, k, 1, 1);
                WeftList h = list(a[0], prefix + "heapify" + suffix + "() argument");
                for (int i = h.size() / 2 - 1; i >= 0; i--) {
                    siftUp(t, h, i, max);
                }
                return WeftNone.NONE;
            });
            fn(d, prefix + "heapreplace" + suffix, (t, a, k) -> {
                Args.positional(prefix + "heapreplace" + suffix, a, k, 2, 2);
                WeftList h = list(a[0], prefix + "heapreplace" + suffix + "() argument 1");
                if (h.size() == 0) {
                    throw Errors.indexError("index out of range");
                }
                Object top = h.get(0);
                h.set(0, a[1]);
                siftUp(t, h, 0, max);
                return top;
            });
        }
        fn(d, "heappush", (t, a, k) -> {
            Args.positional("heappush", a, k, 2, 2);
            WeftList h = list(a[0], "heappush() argument 1");
            h.add(a[1]);
            siftDown(t, h, 0, h.size() - 1, false);
            return WeftNone.NONE;
        });
        fn(d, "heappushpop", (t, a, k) -> {
            Args.positional("heappushpop", a, k, 2, 2);
            WeftList h = list(a[0], "heappushpop() argument 1");
            Object item = a[1];
            if (h.size() == 0 || !Compare.test(t, Compare.LT, h.get(0), item)) {
                return item;
            }
            Object top = h.get(0);
            h.set(0, item);
            siftUp(t, h, 0, false);
            return top;
        });
    }

    private static WeftList list(Object o, String what) {
        if (!(o instanceof WeftList l)) {
            throw Errors.typeError(what + " must be list, not " + Types.name(o));
        }
        return l;
    }

    private static Object pop(Fiber t, WeftList h, boolean max) {
        if (h.size() == 0) {
            throw Errors.indexError("index out of range");
        }
        Object last = h.removeAt(h.size() - 1);
        if (h.size() == 0) {
            return last;
        }
        Object top = h.get(0);
        h.set(0, last);
        siftUp(t, h, 0, max);
        return top;
    }

    /** a comes before b: a < b, or b < a for a max-heap. */
    private static boolean before(Fiber t, Object a, Object b, boolean max) {
        return max ? Compare.test(t, Compare.LT, b, a) : Compare.test(t, Compare.LT, a, b);
    }

    /** Moves heap[pos] up towards start while it comes before its parent. */
    private static void siftDown(Fiber t, WeftList h, int start, int pos, boolean max) {
        Object item = h.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object parent = h.get(parentPos);
            if (!before(t, item, parent, max)) {
                break;
            }
            h.set(pos, parent);
            pos = parentPos;
        }
        h.set(pos, item);
    }

    /** Moves the smaller child up until a leaf is reached, then sifts the item back down. */
    private static void siftUp(Fiber t, WeftList h, int pos, boolean max) {
        int end = h.size();
        int start = pos;
        Object item = h.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !before(t, h.get(child), h.get(right), max)) {
                child = right;
            }
            h.set(pos, h.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        h.set(pos, item);
        siftDown(t, h, start, pos, max);
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }
}
