// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over a String's UTF-16 chars. ANTLR's own streams count code points, but
 * {@link dev.weft.ast.Span} columns are UTF-16 chars (what Java strings and editors index), so
 * the lexer reads chars: a character outside the BMP is two symbols, which only matters for
 * identifiers (unsupported there) and for the "invalid character" message (the lexer base joins
 * the pair).
 */
final class Utf16CharStream implements CharStream {
    private final String text;
    private final String name;
    private int p;

    Utf16CharStream(String text, String name) {
        this.text = text;
        this.name = name;
    }

    @Override
    public void consume() {
        if (p >= text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int index = i < 0 ? p + i : p + i - 1;
        return index < 0 || index >= text.length() ? IntStream.EOF : text.charAt(index);
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // nothing is buffered: the whole text is in memory
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.min(index, text.length());
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return name;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(interval.b + 1, text.length());
        return start >= stop ? "" : text.substring(start, stop);
    }
}
