// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Strings;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import java.util.function.IntPredicate;

/**
 * Text layout shared by str and bytes: padding (center, ljust, rjust, zfill), tabs, stripping;
 * and str's character translation (maketrans, translate).
 */
final class StrLayout {
    private StrLayout() {}

    /** center ('c'), ljust ('l') or rjust ('r') to {@code width} code points with {@code fill}. */
    static String pad(String s, long width, String fill, char how) {
        int len = Strings.length(s);
        if (len >= width) {
            return s;
        }
        long total = width - len;
        long left = switch (how) {
            case 'l' -> 0;
            case 'r' -> total;
            // CPython's rule: the odd space goes left only when both margin and width are odd.
            default -> total / 2 + (total & width & 1);
        };
        return fill.repeat((int) left) + s + fill.repeat((int) (total - left));
    }

    static String zfill(String s, long width) {
        int len = Strings.length(s);
        if (len >= width) {
            return s;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    /** Replaces each tab by spaces up to the next multiple of tabsize; columns restart at \n \r. */
    static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length());
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    sb.append(" ".repeat((int) n));
                    col += n;
                }
            } else {
                sb.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    /** Strips code points in {@code chars}, or whitespace when chars is null. */
    static String strip(String s, String chars, IntPredicate space, boolean left, boolean right) {
        IntPredicate drop = chars == null ? space : cp -> chars.indexOf(cp) >= 0;
        int i = 0;
        int j = s.length();
        while (left && i < j && drop.test(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        while (right && j > i && drop.test(s.codePointBefore(j))) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return s.substring(i, j);
    }

    // ---- translation ----------------------------------------------------------------------

    /** {@code str.maketrans(x[, y[, z]])}: a dict from code points to code points, str or None. */
    static WeftDict maketrans(Fiber t, Object[] a) {
        WeftDict out = new WeftDict();
        if (a.length == 1) {
            if (!(a[0] instanceof WeftDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a"
                        + " dict");
            }
            for (int e = 0; e < d.end(); e++) {
                Object key = d.keyAt(e);
                if (key != null) {
                    out.put(t, translateKey(key), d.valueAt(e));
                }
            }
            return out;
        }
        String y = Args.str("maketrans() argument 2", a[1]);
        String z = a.length > 2 ? Args.str("maketrans() argument 3", a[2]) : "";
        if (!(a[0] instanceof String x)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a"
                    + " second argument");
        }
        int[] from = Strings.codePoints(x);
        int[] to = Strings.codePoints(y);
        if (from.length != to.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length; i++) {
            out.put(t, (long) from[i], (long) to[i]);
        }
        for (int cp : Strings.codePoints(z)) {
            out.put(t, (long) cp, WeftNone.NONE);
        }
        return out;
    }

    private static Object translateKey(Object key) {
        if (key instanceof String s) {
            if (s.codePointCount(0, s.length()) != 1) {
                throw Errors.valueError("string keys in translate table must be of length 1");
            }
            return (long) s.codePointAt(0);
        }
        if (IntOps.isInt(key)) {
            return key;
        }
        throw Errors.typeError("keys in translate table must be strings or integers");
    }

    /** {@code s.translate(table)}: table[ord(c)] replaces c; a LookupError keeps it. */
    static String translate(Fiber t, String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Object m;
            try {
                m = Protocols.getItem(t, table, (long) cp);
            } catch (WeftError e) {
                if (e.isInstance(ErrorTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            appendMapped(sb, m);
        }
        return sb.toString();
    }

    private static void appendMapped(StringBuilder sb, Object m) {
        if (m == WeftNone.NONE) {
            return;
        }
        if (m instanceof String r) {
            sb.append(r);
            return;
        }
        if (!IntOps.isInt(m)) {
            throw Errors.typeError("character mapping must return integer, None or str");
        }
        long v = IntOps.clampLong(m);
        if (v < 0 || v > 0x10FFFF) {
            throw Errors.valueError("character mapping must be in range(0x110000)");
        }
        sb.appendCodePoint((int) v);
    }
}
