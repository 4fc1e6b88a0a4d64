// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

/** Finds a line of source text by number, for error messages and tracebacks. */
public final class SourceLines {
    private SourceLines() {}

    /** The text of 1-based line {@code n} without its line break, or "" when out of range. */
    public static String line(String source, int n) {
        if (source == null || n < 1) {
            return "";
        }
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = nextBreak(source, start);
            if (nl < 0) {
                return "";
            }
            start = nl + (source.startsWith("\r\n", nl) ? 2 : 1);
        }
        int end = nextBreak(source, start);
        return source.substring(start, end < 0 ? source.length() : end);
    }

    private static int nextBreak(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
