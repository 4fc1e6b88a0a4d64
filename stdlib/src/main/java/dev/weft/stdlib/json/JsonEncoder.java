// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.json;

import dev.weft.builtins.ListSort;
import dev.weft.cps.Fiber;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.text.FloatRepr;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Serialises values to JSON text as CPython's json encoder does: the same separators, key
 * conversions, float spellings and errors. Text is handed out in the pieces CPython's
 * generator yields ({@link #emit}), so json.dump makes the same write() calls.
 */
final class JsonEncoder {
    /** Receives the text piece by piece. */
    @FunctionalInterface
    interface Sink {
        void emit(String chunk);
    }

    private final Fiber t;
    private final Sink out;
    private final Object defaultFn;
    private final boolean ensureAscii;
    private final boolean allowNan;
    private final boolean sortKeys;
    private final boolean skipKeys;
    /** CPython's C encoder (dumps without indent) words one error differently. */
    private final boolean oneShot;
    private final String indent;
    private final String keySeparator;
    private final String itemSeparator;
    private final Map<Object, Boolean> markers;

    JsonEncoder(Fiber t, Object encoder, boolean oneShot, Sink out) {
        this.t = t;
        this.out = out;
        this.defaultFn = Attrs.get(t, encoder, "default");
        this.ensureAscii = flag(encoder, "ensure_ascii");
        this.allowNan = flag(encoder, "allow_nan");
        this.sortKeys = flag(encoder, "sort_keys");
        this.skipKeys = flag(encoder, "skipkeys");
        this.markers = flag(encoder, "check_circular") ? new IdentityHashMap<>() : null;
        Object ind = Attrs.get(t, encoder, "indent");
        this.indent = ind == WeftNone.NONE ? null : ind instanceof String s ? s
                : " ".repeat((int) Math.max(0, IntOps.clampLong(ind)));
        this.oneShot = oneShot && indent == null;
        this.keySeparator = (String) Attrs.get(t, encoder, "key_separator");
        this.itemSeparator = (String) Attrs.get(t, encoder, "item_separator");
    }

    private boolean flag(Object encoder, String name) {
        return Truth.isTrue(t, Attrs.get(t, encoder, name));
    }

    /** The text of a scalar, or null when o is a container or needs default(). */
    private String scalar(Object o) {
        if (o instanceof String s) {
            return JsonStrings.quote(s, ensureAscii);
        }
        if (o == WeftNone.NONE) {
            return "null";
        }
        if (o instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (o instanceof java.math.BigInteger b) {
            return dev.weft.runtime.Numbers.decimal(b);
        }
        if (IntOps.isInt(o)) {
            return o.toString();
        }
        if (o instanceof Double d) {
            return floatText(d);
        }
        if (o instanceof dev.weft.runtime.ValueInstance v && !(v.value instanceof
                dev.weft.runtime.WeftComplex) && !(v.value instanceof dev.weft.runtime.WeftBytes)) {
            // A str, int or float subclass encodes as its value (IntEnum members as ints).
            return scalar(v.value);
        }
        return null;
    }

    private String floatText(double d) {
        String text;
        if (Double.isNaN(d)) {
            text = "NaN";
        } else if (d == Double.POSITIVE_INFINITY) {
            text = "Infinity";
        } else if (d == Double.NEGATIVE_INFINITY) {
            text = "-Infinity";
        } else {
            return FloatRepr.repr(d);
        }
        if (!allowNan) {
            throw Errors.valueError("Out of range float values are not JSON compliant"
                    + (oneShot ? "" : ": " + FloatRepr.repr(d)));
        }
        return text;
    }

    void encode(Object o, int level) {
        String s = scalar(o);
        if (s != null) {
            out.emit(s);
        } else if (o instanceof WeftList || o instanceof WeftTuple) {
            encodeList(o, level);
        } else if (o instanceof WeftDict d) {
            encodeDict(d, level);
        } else {
            enter(o);
            Object replacement = Calls.callDirect(t, defaultFn, o);
            encode(replacement, level);
            leave(o);
        }
    }

    private void enter(Object o) {
        if (markers != null) {
            if (markers.containsKey(o)) {
                throw Errors.valueError("Circular reference detected");
            }
            markers.put(o, Boolean.TRUE);
        }
    }

    private void leave(Object o) {
        if (markers != null) {
            markers.remove(o);
        }
    }

    private static Object[] items(Object seq) {
        return seq instanceof WeftList l ? l.toArray() : ((WeftTuple) seq).toArray();
    }

    private void encodeList(Object seq, int level) {
        Object[] items = items(seq);
        if (items.length == 0) {
            out.emit("[]");
            return;
        }
        enter(seq);
        String buf = "[";
        String separator = itemSeparator;
        String newline = null;
        if (indent != null) {
            level++;
            newline = "\n" + indent.repeat(level);
            separator = itemSeparator + newline;
            buf += newline;
        }
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                buf = separator;
            }
            String s = scalar(items[i]);
            if (s != null) {
                out.emit(buf + s);
            } else {
                out.emit(buf);
                encode(items[i], level);
            }
        }
        if (newline != null) {
            out.emit("\n" + indent.repeat(level - 1));
        }
        out.emit("]");
        leave(seq);
    }

    private void encodeDict(WeftDict d, int level) {
        if (d.size() == 0) {
            out.emit("{}");
            return;
        }
        enter(d);
        out.emit("{");
        String separator = itemSeparator;
        String newline = null;
        if (indent != null) {
            level++;
            newline = "\n" + indent.repeat(level);
            separator = itemSeparator + newline;
            out.emit(newline);
        }
        boolean first = true;
        for (Object[] kv : entries(d)) {
            String key = keyText(kv[0]);
            if (key == null) {
                continue;
            }
            if (!first) {
                out.emit(separator);
            }
            first = false;
            out.emit(JsonStrings.quote(key, ensureAscii));
            out.emit(keySeparator);
            encode(kv[1], level);
        }
        if (newline != null) {
            out.emit("\n" + indent.repeat(level - 1));
        }
        out.emit("}");
        leave(d);
    }

    /** The items, sorted as sorted(d.items()) sorts them when sort_keys is set. */
    private Object[][] entries(WeftDict d) {
        Object[] pairs = new Object[d.size()];
        int n = 0;
        for (int e = 0; e < d.end(); e++) {
            if (d.keyAt(e) != null) {
                pairs[n++] = WeftTuple.of(d.keyAt(e), d.valueAt(e));
            }
        }
        if (sortKeys) {
            ListSort.sort(t, pairs, n, WeftNone.NONE, false);
        }
        Object[][] out = new Object[n][];
        for (int i = 0; i < n; i++) {
            WeftTuple p = (WeftTuple) pairs[i];
            out[i] = new Object[] {p.get(0), p.get(1)};
        }
        return out;
    }

    /** A key as JSON object keys must be: text, or null to skip it. */
    private String keyText(Object k) {
        if (k instanceof dev.weft.runtime.ValueInstance v) {
            k = v.value;
        }
        if (k instanceof String s) {
            return s;
        }
        if (k instanceof Double dk) {
            return floatText(dk);
        }
        if (k instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (k == WeftNone.NONE) {
            return "null";
        }
        if (IntOps.isInt(k)) {
            return Reprs.repr(t, k);
        }
        if (skipKeys) {
            return null;
        }
        throw Errors.typeError("keys must be str, int, float, bool or None, not "
                + Types.name(k));
    }
}
