// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.Arrays;

/**
 * What the match statement asks of its subject (PEP 634, as CPython 3.11 answers it): whether it
 * is a sequence or a mapping, its items, its values for keys, its attributes for a class.
 */
public final class Matching {
    private Matching() {}

    /**
     * CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range, and what inherits from or is registered
     * with collections.abc.Sequence (deque, memoryview...); never str, bytes or bytearray.
     */
    public static boolean isSequence(Fiber t, Object o) {
        WeftType type = Types.of(o);
        if (type.isSubtypeOf(Types.LIST) || type.isSubtypeOf(Types.TUPLE)
                || type.isSubtypeOf(Types.RANGE)) {
            return true;
        }
        if (type.isSubtypeOf(Types.STR) || type.isSubtypeOf(Types.BYTES)
                || type.isSubtypeOf(Types.BYTEARRAY) || type.isSubtypeOf(Types.DICT)) {
            return false;
        }
        return !type.isBuiltin() && abc(t, o, "Sequence");
    }

    /** CPython's Py_TPFLAGS_MAPPING: dict, and what is a collections.abc.Mapping. */
    public static boolean isMapping(Fiber t, Object o) {
        WeftType type = Types.of(o);
        if (type.isSubtypeOf(Types.DICT)) {
            return true;
        }
        if (type.isBuiltin() || type.isSubtypeOf(Types.LIST) || type.isSubtypeOf(Types.TUPLE)
                || type.isSubtypeOf(Types.STR)) {
            return false;
        }
        return abc(t, o, "Mapping");
    }

    private static boolean abc(Fiber t, Object o, String name) {
        WeftModule abc = t.interp.importer().importNested(t, "collections.abc");
        Object cls = abc.dict().getStr(name);
        return cls != null && dev.weft.builtins.Builtins.isInstance(t, o, cls);
    }

    /** The n items of a sequence by iteration, the starred ones (at {@code star}) as a list. */
    public static Object[] unpack(Fiber t, Object seq, int n, int star) {
        Object[] all = Iter.toArray(t, seq);
        if (star < 0) {
            if (all.length != n) {
                throw all.length > n
                        ? Errors.valueError("too many values to unpack (expected " + n + ")")
                        : Errors.valueError("not enough values to unpack (expected " + n
                                + ", got " + all.length + ")");
            }
            return all;
        }
        if (all.length < n - 1) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (n - 1)
                    + ", got " + all.length + ")");
        }
        Object[] out = new Object[n];
        int after = n - star - 1;
        System.arraycopy(all, 0, out, 0, star);
        out[star] = new WeftList(Arrays.copyOfRange(all, star, all.length - after));
        System.arraycopy(all, all.length - after, out, star + 1, after);
        return out;
    }

    /**
     * The items a pattern with a {@code *_} needs, by subscripting (as CPython does then):
     * index i before the star, len - (n - i) after it (asking len() each time, as CPython
     * does, since the subject may not take negative indices); null where not needed.
     */
    public static Object[] subscripts(Fiber t, Object seq, int star, boolean[] needed) {
        int n = needed.length;
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            if (needed[i] && i != star) {
                long index = i < star ? i : Protocols.len(t, seq) - (n - i);
                out[i] = Protocols.getItem(t, seq, index);
            }
        }
        return out;
    }

    /**
     * The values of {@code keys} in a mapping, through its {@code get} (as CPython's MATCH_KEYS:
     * a defaultdict makes nothing); null when one is missing. A key given twice is an error.
     */
    public static Object[] values(Fiber t, Object map, Object[] keys) {
        WeftDict seen = new WeftDict();
        for (Object k : keys) {
            if (seen.containsKey(t, k)) {
                throw Errors.valueError("mapping pattern checks duplicate key ("
                        + Reprs.repr(t, k) + ")");
            }
            seen.put(t, k, WeftNone.NONE);
        }
        Object[] out = new Object[keys.length];
        if (map instanceof WeftDict d && d.exact()) {
            for (int i = 0; i < keys.length; i++) {
                int e = d.find(t, keys[i]);
                if (e < 0) {
                    return null;
                }
                out[i] = d.valueAt(e);
            }
            return out;
        }
        Object get = Attrs.get(t, map, "get");
        Object missing = new WeftList();
        for (int i = 0; i < keys.length; i++) {
            out[i] = Calls.callDirect(t, get, keys[i], missing);
            if (out[i] == missing) {
                return null;
            }
        }
        return out;
    }

    /** {@code **rest}: a new dict of the mapping's items without {@code keys}. */
    public static WeftDict rest(Fiber t, Object map, Object[] keys) {
        WeftDict rest = new WeftDict();
        DictOps.update(t, rest, map);
        for (Object k : keys) {
            rest.remove(t, k);
        }
        return rest;
    }
}
