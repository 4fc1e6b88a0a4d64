// SPDX-License-Identifier: Apache-2.0
package dev.weft;

import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftSet;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * How Java values become script values: null is None; Integer, Short, Byte and Long are ints;
 * Float and Double are floats; CharSequence and Character are str; arrays, Lists and other
 * Collections are lists; Sets are sets; Maps are dicts. Script values (Long, Double, String,
 * Boolean, BigInteger and the runtime's objects) pass through unchanged. Anything else is
 * refused with an IllegalArgumentException, so that no foreign object reaches a script.
 */
public final class Values {
    private Values() {}

    /**
     * The script value for {@code v}; arrays, collections and maps are copied, element by
     * element.
     *
     * @throws IllegalArgumentException when {@code v} (or an element of it) has no script
     *     equivalent
     */
    public static Object toScript(Object v) {
        if (v == null) {
            return WeftNone.NONE;
        }
        if (isScriptValue(v)) {
            return v instanceof BigInteger b && b.bitLength() < 64 ? (Object) b.longValue() : v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return v.toString();
        }
        if (v.getClass().isArray()) {
            return arrayToList(v);
        }
        if (v instanceof Set<?> s) {
            return setOf(s);
        }
        if (v instanceof Collection<?> c) {
            WeftList out = new WeftList();
            for (Object x : c) {
                out.add(toScript(x));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            return dictOf(m);
        }
        throw new IllegalArgumentException("cannot pass a " + v.getClass().getName()
                + " to a script: use null, a number, Boolean, String, Character, an array,"
                + " a List, Set or Map of such values");
    }

    /** Values the runtime already understands (what {@code type()} can name). */
    private static boolean isScriptValue(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof String
                || v instanceof Boolean || v instanceof BigInteger || v instanceof WeftObject;
    }

    /** Any Java array, primitive or not, as a list of its converted elements. */
    private static WeftList arrayToList(Object array) {
        int n = Array.getLength(array);
        WeftList out = new WeftList();
        for (int i = 0; i < n; i++) {
            out.add(toScript(Array.get(array, i)));
        }
        return out;
    }

    private static WeftSet setOf(Set<?> s) {
        WeftSet out = new WeftSet(false);
        for (Object x : s) {
            Object item = toScript(x);
            hashable(() -> out.add(null, item), item);
        }
        return out;
    }

    private static WeftDict dictOf(Map<?, ?> m) {
        WeftDict d = new WeftDict();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object key = toScript(e.getKey());
            Object value = toScript(e.getValue());
            hashable(() -> d.put(null, key, value), key);
        }
        return d;
    }

    /** Runs an insertion, turning "unhashable type" into an error the Java caller expects. */
    private static void hashable(Runnable insert, Object key) {
        try {
            insert.run();
        } catch (WeftError e) {
            throw new IllegalArgumentException("cannot use a " + Types.name(key)
                    + " (converted from Java) as a set element or dict key: it is unhashable",
                    e);
        }
    }
}
