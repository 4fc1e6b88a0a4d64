// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Chosen cases of repr() and ascii() of str and repr() of bytes. */
class StrReprTest {
    @Test
    void choosesQuotes() {
        assertEquals("'abc'", StrRepr.repr("abc"));
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'say \"hi\"'", StrRepr.repr("say \"hi\""));
        assertEquals("'both \\' and \"'", StrRepr.repr("both ' and \""));
        assertEquals("''", StrRepr.repr(""));
    }

    @Test
    void escapesControlCharacters() {
        assertEquals("'\\\\'", StrRepr.repr("\\"));
        assertEquals("'\\t\\n\\r'", StrRepr.repr("\t\n\r"));
        assertEquals("'\\x00\\x07\\x1f\\x7f'", StrRepr.repr("\u0000\u0007\u001f\u007f"));
        assertEquals("'\\x80\\x9f\\xa0\\xad\u00ff'",
                StrRepr.repr("\u0080\u009f\u00a0\u00ad\u00ff"));
    }

    @Test
    void keepsPrintableNonAscii() {
        assertEquals("'h\u00e9llo'", StrRepr.repr("h\u00e9llo"));
        assertEquals("'\ud83d\ude00'", StrRepr.repr("\ud83d\ude00"));
        assertEquals("'a\u0300'", StrRepr.repr("a\u0300"));
        assertEquals("'\ud81a\udec0'", StrRepr.repr("\ud81a\udec0")); // new in Unicode 14
    }

    @Test
    void escapesUnprintableNonAscii() {
        assertEquals("'\\u200b'", StrRepr.repr("\u200b"));
        assertEquals("'\\u2028'", StrRepr.repr("\u2028"));
        assertEquals("'\\u3000'", StrRepr.repr("\u3000"));
        assertEquals("'\\ufeff'", StrRepr.repr("\ufeff"));
        assertEquals("'\\uffff'", StrRepr.repr("\uffff"));
        assertEquals("'\\U000e0001'", StrRepr.repr("\udb40\udc01"));
        assertEquals("'\\U0010ffff'", StrRepr.repr("\udbff\udfff"));
        assertEquals("'\\u0378'", StrRepr.repr("\u0378"));
    }

    @Test
    void loneSurrogatesAreEscaped() {
        assertEquals("'\\ud800'", StrRepr.repr("\ud800"));
        assertEquals("'\\udfff'", StrRepr.repr("\udfff"));
        assertEquals("'a\\ud83db'", StrRepr.repr("a\ud83db"));
        assertEquals("'\\ude00\\ud83d'", StrRepr.repr("\ude00\ud83d"));
    }

    @Test
    void asciiEscapesEverythingNonAscii() {
        assertEquals("'h\\xe9llo'", StrRepr.ascii("h\u00e9llo"));
        assertEquals("'\\U0001f600'", StrRepr.ascii("\ud83d\ude00"));
        assertEquals("'\\u20ac'", StrRepr.ascii("\u20ac"));
        assertEquals("\"it's\"", StrRepr.ascii("it's"));
        assertEquals("'\\x00'", StrRepr.ascii("\u0000"));
    }

    @Test
    void bytesRepr() {
        assertEquals("b''", StrRepr.reprBytes(new byte[0]));
        assertEquals("b'abc'", StrRepr.reprBytes("abc".getBytes()));
        assertEquals("b\"it's\"", StrRepr.reprBytes("it's".getBytes()));
        assertEquals("b'\\'\"'", StrRepr.reprBytes("'\"".getBytes()));
        assertEquals("b'\\t\\n\\r\\x00\\x7f\\x80\\xff\\\\'",
                StrRepr.reprBytes(new byte[] {9, 10, 13, 0, 0x7f, (byte) 0x80, (byte) 0xff, '\\'}));
        assertEquals("b'bc'", StrRepr.reprBytes("abcd".getBytes(), 1, 3));
    }

    @Test
    void truncatedReprForMessages() {
        assertEquals("'ab'", StrRepr.reprTruncated("ab", 200));
        assertEquals("'a", StrRepr.reprTruncated("abc", 2));
        assertEquals("'\ud83d\ude00", StrRepr.reprTruncated("\ud83d\ude00\ud83d\ude00", 2));
    }
}
