// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * {@code reprlib.repr}'s defaults, which asyncio uses for results in reprs: strings past 30
 * characters, ints past 40 digits and other reprs past 30 characters are cut in the middle
 * with {@code ...}; lists, tuples, sets and dicts show at most 6 (dicts 4) items, and nesting
 * stops at 6 levels.
 */
public final class LimitedRepr {
    private LimitedRepr() {}

    private static final int MAX_LEVEL = 6;

    public static String of(Fiber t, Object o) {
        return repr(t, o, MAX_LEVEL);
    }

    private static String repr(Fiber t, Object o, int level) {
        if (o instanceof String s) {
            String r = Reprs.repr(t, s.substring(0, Math.min(30, s.length())));
            if (r.length() <= 30) {
                return r;
            }
            int i = (30 - 3) / 2;
            int j = 30 - 3 - i;
            r = Reprs.repr(t, s.substring(0, Math.min(i, s.length()))
                    + s.substring(Math.max(0, s.length() - j)));
            return r.substring(0, i) + "..." + r.substring(r.length() - j);
        }
        if (o instanceof Long || o instanceof java.math.BigInteger) {
            return cut(Reprs.repr(t, o), 40);
        }
        if (Types.of(o) == Types.LIST) {
            return items(t, ((WeftList) o).toArray(), "[", "]", 6, level);
        }
        if (Types.of(o) == Types.TUPLE) {
            Object[] items = ((WeftTuple) o).items();
            return items.length == 1 ? "(" + repr(t, items[0], level - 1) + ",)"
                    : items(t, items, "(", ")", 6, level);
        }
        if (o instanceof Boolean || o instanceof Double || o == WeftNone.NONE) {
            return Reprs.repr(t, o);
        }
        return cut(Reprs.repr(t, o), 30);
    }

    private static String items(Fiber t, Object[] items, String open, String close, int max,
            int level) {
        if (items.length == 0) {
            return open + close;
        }
        if (level <= 0) {
            return open + "..." + close;
        }
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < Math.min(max, items.length); i++) {
            sb.append(i == 0 ? "" : ", ").append(repr(t, items[i], level - 1));
        }
        if (items.length > max) {
            sb.append(", ...");
        }
        return sb.append(close).toString();
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int i = Math.max(0, (max - 3) / 2);
        int j = Math.max(0, max - 3 - i);
        return s.substring(0, i) + "..." + s.substring(s.length() - j);
    }
}
