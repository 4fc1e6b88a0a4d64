// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.Strings;
import dev.weft.runtime.WeftTuple;

/**
 * Searching text as str's find/count/replace/startswith/partition do, with CPython's rules for
 * the optional start and end (clamped slice bounds, and the quirks at the edges: an empty
 * string is found at {@code len(s)} but not beyond). Indices are code points; bytes methods use
 * the same code on latin-1 strings, where every byte is one char.
 */
final class StrSearch {
    private StrSearch() {}

    /** A window of {@code s} in code points and in chars; start may exceed end. */
    record Window(long start, long end, int from, int to) {
        long span() {
            return end - start;
        }
    }

    /** CPython's ADJUST_INDICES: negative bounds count from the end, end is clamped. */
    static Window window(String s, Long start, Long end) {
        int n = Strings.length(s);
        long e = end == null ? n : end;
        long b = start == null ? 0 : start;
        if (e > n) {
            e = n;
        } else if (e < 0) {
            e = Math.max(0, e + n);
        }
        if (b < 0) {
            b = Math.max(0, b + n);
        }
        return new Window(b, e, offset(s, Math.min(b, n)), offset(s, e));
    }

    /** The char offset of code point index {@code cp} (which is at most the length). */
    static int offset(String s, long cp) {
        return Strings.isSimple(s) ? (int) cp : s.offsetByCodePoints(0, (int) cp);
    }

    private static long cpIndex(String s, int charOffset) {
        return Strings.isSimple(s) ? charOffset : s.codePointCount(0, charOffset);
    }

    /** {@code s.find(sub, start, end)} or {@code rfind}: a code point index, or -1. */
    static long find(String s, String sub, Long start, Long end, boolean last) {
        Window w = window(s, start, end);
        if (w.span() < Strings.length(sub)) {
            return -1;
        }
        int i;
        if (last) {
            i = s.lastIndexOf(sub, w.to - sub.length());
            if (i < w.from) {
                return -1;
            }
        } else {
            i = s.indexOf(sub, w.from);
            if (i < 0 || i + sub.length() > w.to) {
                return -1;
            }
        }
        return cpIndex(s, i);
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences. */
    static long count(String s, String sub, Long start, Long end) {
        Window w = window(s, start, end);
        if (w.span() < Strings.length(sub)) {
            return 0;
        }
        if (sub.isEmpty()) {
            return w.span() + 1;
        }
        long n = 0;
        for (int i = s.indexOf(sub, w.from); i >= 0 && i + sub.length() <= w.to;
                i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** CPython's tailmatch: does {@code s[start:end]} start (or end) with {@code sub}? */
    static boolean tailMatch(String s, String sub, Long start, Long end, boolean prefix) {
        Window w = window(s, start, end);
        long subLen = Strings.length(sub);
        long last = w.end - subLen;
        if (last < w.start) {
            return false;
        }
        if (sub.isEmpty()) {
            return true;
        }
        int at = prefix ? w.from : offset(s, last);
        return s.startsWith(sub, at);
    }

    /** {@code s.replace(old, new, count)}; a negative count replaces every occurrence. */
    static String replace(String s, String old, String neu, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            return replaceEmpty(s, neu, count);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long n = 0; n < count; n++) {
            int i = s.indexOf(old, from);
            if (i < 0) {
                break;
            }
            sb.append(s, from, i).append(neu);
            from = i + old.length();
        }
        return sb.append(s, from, s.length()).toString();
    }

    /** Replacing the empty string inserts {@code neu} before each character and at the end. */
    private static String replaceEmpty(String s, String neu, long count) {
        StringBuilder sb = new StringBuilder();
        long n = 0;
        int i = 0;
        while (true) {
            if (n < count) {
                sb.append(neu);
                n++;
            }
            if (i >= s.length()) {
                break;
            }
            int cp = s.codePointAt(i);
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.partition(sep)} or {@code rpartition}, as three strings (sep is not empty). */
    static String[] partition(String s, String sep, boolean last) {
        int i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return last ? new String[] {"", "", s} : new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    static WeftTuple tuple(String[] parts) {
        return WeftTuple.of((Object[]) parts);
    }
}
