// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chosen cases of float(text). */
class FloatParseTest {
    @Test
    void parsesDecimalLiterals() {
        assertEquals(1.5, FloatParse.parse(" 1.5 "));
        assertEquals(0.5, FloatParse.parse(".5"));
        assertEquals(5.0, FloatParse.parse("5."));
        assertEquals(1500.0, FloatParse.parse("1.5E3"));
        assertEquals(1500.0, FloatParse.parse("1.5e+03"));
        assertEquals(1.0, FloatParse.parse("00001"));
        assertEquals(10.0, FloatParse.parse("1e0001"));
        assertEquals(1e50, FloatParse.parse("1e5_0"));
        assertEquals(1000.0001, FloatParse.parse("1_000.000_1"));
        assertEquals("-0.0", FloatRepr.repr(FloatParse.parse("-0")));
    }

    @Test
    void acceptsUnicodeDigitsAndWhitespace() {
        assertEquals(1.5, FloatParse.parse("\u0661.\u0665"));
        assertEquals(1.5, FloatParse.parse(" \u3000 1.5 \u0085"));
    }

    @Test
    void infinityAndNanInAnyCase() {
        assertEquals(Double.POSITIVE_INFINITY, FloatParse.parse("iNfInItY"));
        assertEquals(Double.POSITIVE_INFINITY, FloatParse.parse("+inf"));
        assertEquals(Double.NEGATIVE_INFINITY, FloatParse.parse("-Infinity"));
        assertTrue(Double.isNaN(FloatParse.parse("NaN")));
        double negativeNan = FloatParse.parse("-nan");
        assertTrue(Double.isNaN(negativeNan));
        assertEquals(-1.0, Math.copySign(1.0, negativeNan));
    }

    @Test
    void roundsCorrectlyAtTheExtremes() {
        assertEquals(Double.POSITIVE_INFINITY, FloatParse.parse("1e999999999999999999999"));
        assertEquals(0.0, FloatParse.parse("1e-999999999999999999999"));
        assertEquals(0.0, FloatParse.parse("2.4703282292062327e-324"));
        assertEquals(Double.MIN_VALUE, FloatParse.parse("2.4703282292062328e-324"));
        assertEquals(Double.MAX_VALUE, FloatParse.parse("1.7976931348623158e308"));
        assertEquals(Double.POSITIVE_INFINITY, FloatParse.parse("1.7976931348623159e308"));
        assertEquals(0.1, FloatParse.parse("0." + "0".repeat(400) + "1e400"));
        assertEquals(Double.POSITIVE_INFINITY, FloatParse.parse("1".repeat(400)));
    }

    @Test
    void rejectsWhatPythonRejects() {
        String[] bad = {"", " ", "x", ".", "1e", "1e+", "_1", "1_", "1_.5", "1._5", "1e_5",
            "1_e5", "1__0", "inf_", "infinit", "infinityy", "in", "nan(1)", "0x1p3", "1d", "1f",
            "+-1", "--1", "1 2", ".e5", "i_nf"};
        for (String text : bad) {
            Expect.error("ValueError", "could not convert string to float: " + StrRepr.repr(text),
                    () -> FloatParse.parse(text));
        }
    }

    @Test
    void messageShowsTheWholeOriginalText() {
        Expect.error("ValueError", "could not convert string to float: ' x '",
                () -> FloatParse.parse(" x "));
        Expect.error("ValueError", "could not convert string to float: '1\\x00'",
                () -> FloatParse.parse("1\u0000"));
        String long300 = "a".repeat(300);
        Expect.error("ValueError", "could not convert string to float: '" + long300 + "'",
                () -> FloatParse.parse(long300));
    }
}
