// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/** dict operations shared by the dict type, operators and builtins. */
public final class DictOps {
    private DictOps() {}

    /** {@code d.update(other)}: a mapping, an object with keys(), or an iterable of pairs. */
    public static void update(Fiber t, WeftDict d, Object other) {
        if (other instanceof WeftDict o) {
            for (int e = 0; e < o.end(); e++) {
                Object k = o.keyAt(e);
                if (k != null) {
                    d.put(t, k, o.valueAt(e));
                }
            }
            return;
        }
        Object keys = Attrs.lookup(t, other, "keys");
        if (keys != null) {
            Object it = Iter.iter(t, Calls.callDirect(t, keys));
            for (Object k = Iter.next(t, it); k != null; k = Iter.next(t, it)) {
                d.put(t, k, Protocols.getItem(t, other, k));
            }
            return;
        }
        updateFromPairs(t, d, other);
    }

    private static void updateFromPairs(Fiber t, WeftDict d, Object pairs) {
        Object it = Iter.iter(t, pairs);
        int i = 0;
        for (Object item = Iter.next(t, it); item != null; item = Iter.next(t, it), i++) {
            Object[] kv;
            try {
                kv = Iter.toArray(t, item);
            } catch (WeftError e) {
                if (e.isInstance(ErrorTypes.TYPE_ERROR)) {
                    throw Errors.typeError("cannot convert dictionary update sequence element #"
                            + i + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i
                        + " has length " + kv.length + "; 2 is required");
            }
            d.put(t, kv[0], kv[1]);
        }
    }

    public static boolean equal(Fiber t, WeftDict a, WeftDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int e = 0; e < a.end(); e++) {
            Object k = a.keyAt(e);
            if (k == null) {
                continue;
            }
            Object v = b.get(t, k);
            if (v == null || !Compare.eq(t, a.valueAt(e), v)) {
                return false;
            }
        }
        return true;
    }

    /** {@code d[key]}, with {@code __missing__} for dict subclasses. */
    public static Object getItem(Fiber t, WeftDict d, Object key) {
        Object v = d.get(t, key);
        if (v != null) {
            return v;
        }
        WeftType type = d.type();
        if (type != Types.DICT) {
            Object missing = type.lookup("__missing__");
            if (missing != null) {
                return Calls.callDirect(t, missing, d, key);
            }
        }
        throw Errors.keyError(key);
    }
}
