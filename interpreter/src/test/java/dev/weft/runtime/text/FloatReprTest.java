// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Chosen cases for {@link FloatRepr}; expected values are CPython 3.11's. */
class FloatReprTest {
    @Test
    void reprUsesCPythonNotation() {
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("nan", FloatRepr.repr(-Double.NaN));
        assertEquals("0.0", FloatRepr.repr(0.0));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("100.0", FloatRepr.repr(100.0));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("9999999999999998.0", FloatRepr.repr(9999999999999998.0));
        assertEquals("1.5e-07", FloatRepr.repr(1.5e-7));
        assertEquals("0.0001", FloatRepr.repr(0.0001));
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("1.2345678901234567e+19", FloatRepr.repr(1.2345678901234567e19));
        assertEquals("123456789012345.6", FloatRepr.repr(123456789012345.6));
        assertEquals("9007199254740992.0", FloatRepr.repr(9007199254740992.0));
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
        assertEquals("0.3333333333333333", FloatRepr.repr(1.0 / 3));
        assertEquals("-2.5", FloatRepr.repr(-2.5));
        assertEquals("1.7976931348623157e+308", FloatRepr.repr(Double.MAX_VALUE));
        assertEquals("2.2250738585072014e-308", FloatRepr.repr(Double.MIN_NORMAL));
        assertEquals("1e+100", FloatRepr.repr(1e100));
    }

    @Test
    void reprIsShortestWhereJavaToStringIsNot() {
        // Double.toString in Java 17 prints 9.999999999999999E22, 4.9E-324, ...
        assertEquals("1e+23", FloatRepr.repr(1e23));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("2.000000000000001e+16", FloatRepr.repr(2.0000000000000008E16));
        assertEquals("6.236944203187853e+18", FloatRepr.repr(6.2369442031878533E18));
        assertEquals("1.086461844974e-311", FloatRepr.repr(1.0864618449742E-311));
    }

    @Test
    void roundWithDigitsIsHalfEvenOnTheExactValue() {
        assertEquals(2.67, FloatRepr.round(2.675, 2)); // 2.675 is 2.67499999...
        assertEquals(0.12, FloatRepr.round(0.125, 2)); // exactly half: to even
        assertEquals(0.38, FloatRepr.round(0.375, 2));
        assertEquals(20.0, FloatRepr.round(15.0, -1));
        assertEquals(20.0, FloatRepr.round(25.0, -1));
        assertEquals(1200.0, FloatRepr.round(1234.5678, -2));
        assertEquals(0.0, FloatRepr.round(5e-324, 323));
        assertEquals(5e-324, FloatRepr.round(5e-324, 324));
        assertEquals(0.5, FloatRepr.round(0.5, 1000));
        assertEquals(0.0, FloatRepr.round(123.456, -1000));
        assertEquals(Double.NEGATIVE_INFINITY, FloatRepr.round(Double.NEGATIVE_INFINITY, 2));
        assertEquals("nan", FloatRepr.repr(FloatRepr.round(Double.NaN, 2)));
    }

    @Test
    void roundKeepsTheSignOfZero() {
        assertEquals("-0.0", FloatRepr.repr(FloatRepr.round(-0.4, 0)));
        assertEquals("-0.0", FloatRepr.repr(FloatRepr.round(-0.0, 3)));
        assertEquals("-0.0", FloatRepr.repr(FloatRepr.round(-123.0, -400)));
    }

    @Test
    void roundOverflowIsAnOverflowError() {
        TextError e = assertThrows(TextError.class, () -> FloatRepr.round(Double.MAX_VALUE, -308));
        assertEquals("OverflowError", e.pyType);
        assertEquals("rounded value too large to represent", e.getMessage());
    }

    @Test
    void roundToIntIsBankersRounding() {
        assertEquals(0L, FloatRepr.roundToInt(0.5));
        assertEquals(2L, FloatRepr.roundToInt(1.5));
        assertEquals(2L, FloatRepr.roundToInt(2.5));
        assertEquals(4L, FloatRepr.roundToInt(3.5));
        assertEquals(-2L, FloatRepr.roundToInt(-2.5));
        assertEquals(0L, FloatRepr.roundToInt(-0.4));
        assertEquals(new BigInteger("1000000000000000052504760255204420248704468581108159154915854"
                + "1155118024579889081957863713750804478640437044438328838781769425232353604305"
                + "7564479218478670698284838720092657580373783023379478809005936895323497079994"
                + "5081119038967640880074652742780142494579258788820056842838115669472196386865"
                + "459400540160"), FloatRepr.roundToInt(1e300));
        assertEquals(Long.MIN_VALUE, FloatRepr.roundToInt(-0x1p63));
        assertEquals(new BigInteger("9223372036854775808"), FloatRepr.roundToInt(0x1p63));
    }

    @Test
    void roundToIntRejectsNanAndInfinity() {
        TextError nan = assertThrows(TextError.class, () -> FloatRepr.roundToInt(Double.NaN));
        assertEquals("ValueError", nan.pyType);
        assertEquals("cannot convert float NaN to integer", nan.getMessage());
        TextError inf = assertThrows(TextError.class,
                () -> FloatRepr.roundToInt(Double.NEGATIVE_INFINITY));
        assertEquals("OverflowError", inf.pyType);
        assertEquals("cannot convert float infinity to integer", inf.getMessage());
    }

    @Test
    void toIntTruncates() {
        assertEquals(0L, FloatRepr.toInt(-0.9));
        assertEquals(-3L, FloatRepr.toInt(-3.7));
        assertEquals(new BigInteger("10000000000000000000"), FloatRepr.toInt(1e19));
        assertEquals(new BigInteger("-250000000000000000000"), FloatRepr.toInt(-2.5e20));
    }

    @Test
    void asIntegerRatioIsExactAndReduced() {
        assertRatio("0", "1", 0.0);
        assertRatio("0", "1", -0.0);
        assertRatio("1", "2", 0.5);
        assertRatio("-3", "2", -1.5);
        assertRatio("100", "1", 100.0);
        assertRatio("3950617248395059", "32", 123456789012345.6);
        assertRatio("2833419889721787", "18889465931478580854784", 1.5e-7);
        assertRatio("99999999999999991611392", "1", 1e23);
        assertRatio("1", BigInteger.ONE.shiftLeft(1074).toString(), Double.MIN_VALUE);
    }

    @Test
    void asIntegerRatioRejectsNanAndInfinity() {
        TextError nan = assertThrows(TextError.class, () -> FloatRepr.asIntegerRatio(Double.NaN));
        assertEquals("ValueError: cannot convert NaN to integer ratio", nan.toString());
        TextError inf = assertThrows(TextError.class,
                () -> FloatRepr.asIntegerRatio(Double.POSITIVE_INFINITY));
        assertEquals("OverflowError: cannot convert Infinity to integer ratio", inf.toString());
    }

    @Test
    void hashMatchesCPython() {
        assertEquals(0, FloatRepr.hash(0.0));
        assertEquals(0, FloatRepr.hash(-0.0));
        assertEquals(100, FloatRepr.hash(100.0));
        assertEquals(1152921504606846976L, FloatRepr.hash(0.5));
        assertEquals(-1152921504606846976L, FloatRepr.hash(-0.5));
        assertEquals(-2, FloatRepr.hash(-1.0));
        assertEquals(156575653125701L, FloatRepr.hash(1e308));
        assertEquals(16777216, FloatRepr.hash(Double.MIN_VALUE));
        assertEquals(124693760559271990L, FloatRepr.hash(1.5e-7));
        assertEquals(691752902764108288L, FloatRepr.hash(0.1 + 0.2));
        assertEquals(314159, FloatRepr.hash(Double.POSITIVE_INFINITY));
        assertEquals(-314159, FloatRepr.hash(Double.NEGATIVE_INFINITY));
        assertEquals(0, FloatRepr.hash(Double.NaN)); // the caller hashes NaN by identity
    }

    @Test
    void equalIntsAndFloatsHashEqual() {
        long[] ints = {0, 1, -1, -2, 100, 1L << 53, -(1L << 62), Long.MIN_VALUE};
        for (long i : ints) {
            assertEquals(IntHash.hash(i), FloatRepr.hash((double) i), "hash of " + i);
        }
        BigInteger big = BigInteger.ONE.shiftLeft(1000).multiply(BigInteger.valueOf(12345));
        assertEquals(IntHash.hash(big), FloatRepr.hash(big.doubleValue()));
        assertEquals(IntHash.hash(big.negate()), FloatRepr.hash(-big.doubleValue()));
    }

    private static void assertRatio(String num, String den, double x) {
        assertArrayEquals(new BigInteger[] {new BigInteger(num), new BigInteger(den)},
                FloatRepr.asIntegerRatio(x));
    }
}
