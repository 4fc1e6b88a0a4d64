// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.WeftList;
import dev.weft.runtime.text.UnicodeProps;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** str.split and str.rsplit, on a separator or on runs of whitespace. */
final class Splitting {
    private Splitting() {}

    static WeftList split(String s, String sep, long max) {
        WeftList out = new WeftList();
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

    static WeftList rsplit(String s, String sep, long max) {
        List<String> parts = new ArrayList<>();
        int end = s.length();
        long n = 0;
        while (max < 0 || n < max) {
            int i = s.lastIndexOf(sep, end - sep.length());
            if (i < 0 || end - sep.length() < 0) {
                break;
            }
            parts.add(s.substring(i + sep.length(), end));
            end = i;
            n++;
        }
        parts.add(s.substring(0, end));
        Collections.reverse(parts);
        return new WeftList(parts.toArray());
    }

    static WeftList splitWhitespace(String s, long max) {
        WeftList out = new WeftList();
        int i = 0;
        int n = s.length();
        long count = 0;
        while (true) {
            while (i < n && UnicodeProps.isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i >= n) {
                break;
            }
            if (max >= 0 && count >= max) {
                int end = n;
                while (end > i && UnicodeProps.isSpace(s.codePointBefore(end))) {
                    end -= Character.charCount(s.codePointBefore(end));
                }
                out.add(s.substring(i, end));
                break;
            }
            int j = i;
            while (j < n && !UnicodeProps.isSpace(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            out.add(s.substring(i, j));
            count++;
            i = j;
        }
        return out;
    }

    static WeftList rsplitWhitespace(String s, long max) {
        List<String> parts = new ArrayList<>();
        int j = s.length();
        long count = 0;
        while (true) {
            while (j > 0 && UnicodeProps.isSpace(s.codePointBefore(j))) {
                j -= Character.charCount(s.codePointBefore(j));
            }
            if (j <= 0) {
                break;
            }
            if (max >= 0 && count >= max) {
                int start = 0;
                while (start < j && UnicodeProps.isSpace(s.codePointAt(start))) {
                    start += Character.charCount(s.codePointAt(start));
                }
                parts.add(s.substring(start, j));
                break;
            }
            int i = j;
            while (i > 0 && !UnicodeProps.isSpace(s.codePointBefore(i))) {
                i -= Character.charCount(s.codePointBefore(i));
            }
            parts.add(s.substring(i, j));
            count++;
            j = i;
        }
        Collections.reverse(parts);
        return new WeftList(parts.toArray());
    }

    /** str.replace with an empty old string: insert between every character. */
    static String replaceEmpty(String s, String neu, long count) {
        StringBuilder sb = new StringBuilder();
        long n = 0;
        int[] cps = s.codePoints().toArray();
        if (n < count) {
            sb.append(neu);
            n++;
        }
        for (int cp : cps) {
            sb.appendCodePoint(cp);
            if (n < count) {
                sb.append(neu);
                n++;
            }
        }
        return sb.toString();
    }
}
