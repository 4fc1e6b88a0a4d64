// SPDX-License-Identifier: Apache-2.0
package dev.weft;

import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * How Java values become script values: null is None; Integer, Short, Byte and Long are ints;
 * Float and Double are floats; CharSequence is str; List is list; Map is dict. Script values
 * (including Long, Double, String, Boolean) pass through unchanged.
 */
public final class Values {
    private Values() {}

    /** The script value for {@code v}; lists and maps are copied, element by element. */
    public static Object toScript(Object v) {
        if (v == null) {
            return WeftNone.NONE;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof CharSequence cs && !(v instanceof String)) {
            return cs.toString();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (v instanceof List<?> l) {
            WeftList out = new WeftList();
            for (Object x : l) {
                out.add(toScript(x));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            WeftDict d = new WeftDict();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                d.put(null, toScript(e.getKey()), toScript(e.getValue()));
            }
            return d;
        }
        return v;
    }
}
