// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.WeftList;
import dev.weft.runtime.text.UnicodeProps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * split, rsplit and splitlines, on a separator or on runs of whitespace. The results are Java
 * strings; str wraps them as they are, bytes re-encodes them (its text arrives as latin-1), so
 * what counts as whitespace and as a line break is a parameter.
 */
final class Splitting {
    private Splitting() {}

    /** Whitespace for str: Unicode's, as {@code str.isspace()}. */
    static final IntPredicate STR_SPACE = UnicodeProps::isSpace;
    /** Whitespace for bytes: ASCII space, tab, newline, return, vertical tab and form feed. */
    static final IntPredicate BYTES_SPACE = c -> c == ' ' || c >= '\t' && c <= '\r';

    static List<String> split(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        long n = 0;
        while (max < 0 || n < max) {
            int i = s.indexOf(sep, from);
            if (i < 0) {
                break;
            }
            out.add(s.substring(from, i));
            from = i + sep.length();
            n++;
        }
        out.add(s.substring(from));
        return out;
    }

    static List<String> rsplit(String s, String sep, long max) {
        List<String> parts = new ArrayList<>();
        int end = s.length();
        long n = 0;
        while (max < 0 || n < max) {
            if (end - sep.length() < 0) {
                break;
            }
            int i = s.lastIndexOf(sep, end - sep.length());
            if (i < 0) {
                break;
            }
            parts.add(s.substring(i + sep.length(), end));
            end = i;
            n++;
        }
        parts.add(s.substring(0, end));
        Collections.reverse(parts);
        return parts;
    }

    static List<String> splitWhitespace(String s, long max, IntPredicate space) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        long count = 0;
        while (true) {
            while (i < n && space.test(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i >= n) {
                break;
            }
            if (max >= 0 && count >= max) {
                out.add(s.substring(i)); // the rest keeps its trailing whitespace
                break;
            }
            int j = i;
            while (j < n && !space.test(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            out.add(s.substring(i, j));
            count++;
            i = j;
        }
        return out;
    }

    static List<String> rsplitWhitespace(String s, long max, IntPredicate space) {
        List<String> parts = new ArrayList<>();
        int j = s.length();
        long count = 0;
        while (true) {
            while (j > 0 && space.test(s.codePointBefore(j))) {
                j -= Character.charCount(s.codePointBefore(j));
            }
            if (j <= 0) {
                break;
            }
            if (max >= 0 && count >= max) {
                parts.add(s.substring(0, j)); // the rest keeps its leading whitespace
                break;
            }
            int i = j;
            while (i > 0 && !space.test(s.codePointBefore(i))) {
                i -= Character.charCount(s.codePointBefore(i));
            }
            parts.add(s.substring(i, j));
            count++;
            j = i;
        }
        Collections.reverse(parts);
        return parts;
    }

    /** str's line boundaries: \n \r \v \f, the separators \x1c-\x1e, NEL, LS and PS. */
    static boolean isStrLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
                || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** {@code splitlines(keepends)}; bytes break only at \n, \r and \r\n. */
    static List<String> splitlines(String s, boolean keepends, boolean bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean br = bytes ? c == '\n' || c == '\r' : isStrLineBreak(c);
            if (!br) {
                i++;
                continue;
            }
            int eol = i++;
            if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
                i++;
            }
            out.add(s.substring(start, keepends ? i : eol));
            start = i;
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    static WeftList strList(List<String> parts) {
        return new WeftList(parts.toArray());
    }
}
