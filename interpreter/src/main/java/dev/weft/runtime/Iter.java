// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import dev.weft.cps.NativeSite;
import dev.weft.runtime.iter.Iterators;

/** The iteration protocol from Java: {@code iter()}, and {@code next()} that returns null at the end. */
public final class Iter {
    private Iter() {}

    /** {@code iter(o)}. */
    public static Object iter(Fiber t, Object o) {
        Object it = Iterators.forBuiltin(o);
        if (it != null) {
            return it;
        }
        if (o instanceof WeftIterator || o instanceof WeftGenerator) {
            return o;
        }
        if (o instanceof NativeIterable ni) {
            return ni.iterator();
        }
        WeftType type = Types.of(o);
        Object f = type.isBuiltin() ? null : type.lookup("__iter__");
        if (f != null && f != WeftNone.NONE) {
            Object r = Calls.callDirect(t, f, o);
            if (!isIterator(r)) {
                throw Errors.typeError("iter() returned non-iterator of type '" + Types.name(r)
                        + "'");
            }
            return r;
        }
        if (f == null && !type.isBuiltin() && type.lookup("__getitem__") != null) {
            return Iterators.sequence(o);
        }
        throw Errors.notIterable(o);
    }

    public static boolean isIterator(Object o) {
        if (o instanceof WeftIterator || o instanceof WeftGenerator) {
            return true;
        }
        WeftType type = Types.of(o);
        return !type.isBuiltin() && type.lookup("__next__") != null;
    }

    /** The next item of iterator {@code it}, or null when exhausted. */
    public static Object next(Fiber t, Object it) {
        if (it instanceof WeftIterator wi) {
            return wi.next(t);
        }
        if (it instanceof WeftGenerator g) {
            NativeSite site = new NativeSite();
            Object v = t.runNested(g.resume(t, site, WeftNone.NONE, null), site);
            return v == NativeSite.EXHAUSTED ? null : v;
        }
        WeftType type = Types.of(it);
        Object f = type.isBuiltin() ? null : type.lookup("__next__");
        if (f == null) {
            throw Errors.typeError("'" + type.name() + "' object is not an iterator");
        }
        try {
            return Calls.callDirect(t, f, it);
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Every item of {@code iterable} in a new array (list(), tuple(), unpacking from Java). */
    public static Object[] toArray(Fiber t, Object iterable) {
        if (iterable instanceof WeftList l && l.exact()) {
            return l.toArray();
        }
        if (iterable instanceof WeftTuple tu && tu.exact()) {
            return tu.items().clone();
        }
        WeftList out = new WeftList();
        Object it = iter(t, iterable);
        for (Object v = next(t, it); v != null; v = next(t, it)) {
            out.add(v);
        }
        return out.toArray();
    }

    /** The items as a list (a fresh one). */
    public static WeftList toList(Fiber t, Object iterable) {
        return new WeftList(toArray(t, iterable));
    }
}
