// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftRange;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.RangeIterator;
import java.math.BigInteger;

/** range's attributes ({@code start}, {@code stop}, {@code step}), methods and dunders. */
final class RangeMethods {
    private RangeMethods() {}

    static void install() {
        WeftType r = Types.RANGE;
        r.define("start", GetSet.readOnly("start", (t, o) -> ((WeftRange) o).start()));
        r.define("stop", GetSet.readOnly("stop", (t, o) -> ((WeftRange) o).stop()));
        r.define("step", GetSet.readOnly("step", (t, o) -> ((WeftRange) o).step()));
        TypeSetup.method(r, "count", (t, a, k) -> {
            Args.one("range.count", a, k);
            return count(t, self(a), a[1]);
        });
        TypeSetup.method(r, "index", (t, a, k) -> {
            Args.one("range.index", a, k);
            return index(t, self(a), a[1]);
        });
        TypeSetup.method(r, "__len__", (t, a, k) -> self(a).length());
        TypeSetup.method(r, "__bool__", (t, a, k) -> self(a).bigLength().signum() != 0);
        TypeSetup.method(r, "__getitem__", (t, a, k) -> self(a).get(t, a[1]));
        TypeSetup.method(r, "__contains__", (t, a, k) -> dev.weft.runtime.Protocols.contains(t,
                self(a), a[1]));
        TypeSetup.method(r, "__iter__", (t, a, k) -> new RangeIterator(self(a)));
        TypeSetup.method(r, "__reversed__", (t, a, k) -> new RangeIterator(self(a).reversed()));
    }

    private static WeftRange self(Object[] a) {
        return (WeftRange) a[0];
    }

    /** Plain ints are counted arithmetically; anything else is compared item by item. */
    private static Object count(Fiber t, WeftRange r, Object v) {
        if (isPlainInt(v)) {
            return r.containsInt(v) ? 1L : 0L;
        }
        long n = 0;
        RangeIterator it = new RangeIterator(r);
        for (Object item = it.next(t); item != null; item = it.next(t)) {
            if (Compare.eq(t, item, v)) {
                n++;
            }
        }
        return n;
    }

    private static Object index(Fiber t, WeftRange r, Object v) {
        if (isPlainInt(v)) {
            Object i = r.indexOfInt(v);
            if (i == null) {
                throw Errors.valueError(Reprs.repr(t, v) + " is not in range");
            }
            return i;
        }
        long i = 0;
        RangeIterator it = new RangeIterator(r);
        for (Object item = it.next(t); item != null; item = it.next(t)) {
            if (Compare.eq(t, item, v)) {
                return i;
            }
            i++;
        }
        throw Errors.valueError("sequence.index(x): x not in sequence");
    }

    /** int or bool, not a subclass of int (which may redefine equality). */
    private static boolean isPlainInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }
}
