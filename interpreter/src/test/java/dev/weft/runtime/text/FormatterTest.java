// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Chosen cases of format(value, spec) for int, bool, float and str; answers are CPython's. */
class FormatterTest {
    private static final BigInteger TEN_30 = BigInteger.TEN.pow(30);

    @Test
    void intsInEveryBase() {
        assertEquals("11111111", Formatter.format(255, "b"));
        assertEquals("1111_1111", Formatter.format(255, "_b"));
        assertEquals("0b1111_1111", Formatter.format(255, "#_b"));
        assertEquals("-0o377", Formatter.format(-255, "#o"));
        assertEquals("0xff", Formatter.format(255, "#x"));
        assertEquals("0XFF", Formatter.format(255, "#X"));
        assertEquals("3_0071", Formatter.format(12345, "_o"));
        assertEquals("8000_0000_0000_0000", Formatter.format(BigInteger.ONE.shiftLeft(63), "_X"));
        assertEquals("-0X8000_0000_0000_0000", Formatter.format(Long.MIN_VALUE, "#_X"));
        assertEquals("1234567", Formatter.format(1234567, "n"));
    }

    @Test
    void intGroupingAndPadding() {
        assertEquals("1,234,567", Formatter.format(1234567, ","));
        assertEquals("-1_234_567", Formatter.format(-1234567, "_"));
        assertEquals("1,000,000,000,000,000,000,000,000,000,000", Formatter.format(TEN_30, ","));
        assertEquals("0,001,234", Formatter.format(1234, "08,")); // a separator never leads
        assertEquals("00,001", Formatter.format(1, "06,"));
        assertEquals("0001,234", Formatter.format(1234, "0>8,"));
        assertEquals("+000_042", Formatter.format(42, "+08_"));
        assertEquals("-0000042", Formatter.format(-42, "08"));
        assertEquals("-     42", Formatter.format(-42, "=+8"));
        assertEquals("***+5****", Formatter.format(5, "*^+9"));
        assertEquals("10000", Formatter.format(1, "<05"));
        assertEquals("0x000000ff", Formatter.format(255, "#010x"));
        assertEquals("-0x00000ff", Formatter.format(-255, "#010x"));
        assertEquals("-0x00_00ff", Formatter.format(-255, "#010_x"));
        assertEquals(" 5", Formatter.format(5, " "));
        assertEquals("\ud83d\ude00\ud83d\ude001\ud83d\ude00\ud83d\ude00",
                Formatter.format(1, "\ud83d\ude00^5"));
    }

    @Test
    void intAsCharacter() {
        assertEquals("A", Formatter.format(65, "c"));
        assertEquals("\ud83d\ude00", Formatter.format(0x1f600, "c"));
        assertEquals("  A  ", Formatter.format(65, "^5c"));
        assertEquals("0000A", Formatter.format(65, "05c"));
        Expect.error("OverflowError", "%c arg not in range(0x110000)",
                () -> Formatter.format(0x110000, "c"));
        Expect.error("OverflowError", "%c arg not in range(0x110000)",
                () -> Formatter.format(-1, "c"));
        Expect.error("OverflowError", "Python int too large to convert to C long",
                () -> Formatter.format(TEN_30, "c"));
        Expect.error("ValueError", "Sign not allowed with integer format specifier 'c'",
                () -> Formatter.format(65, "+c"));
        Expect.error("ValueError", "Alternate form (#) not allowed with integer format specifier "
                + "'c'", () -> Formatter.format(65, "#c"));
    }

    @Test
    void intWithFloatTypes() {
        assertEquals("1.000000e+20", Formatter.format(BigInteger.TEN.pow(20), "e"));
        assertEquals("700.00%", Formatter.format(7, ".2%"));
        assertEquals("7", Formatter.format(7, "g"));
        assertEquals("1.000000", Formatter.format(1, "F"));
        Expect.error("OverflowError", "int too large to convert to float",
                () -> Formatter.format(BigInteger.TEN.pow(400), "e"));
    }

    @Test
    void intErrors() {
        Expect.error("ValueError", "Precision not allowed in integer format specifier",
                () -> Formatter.format(1, ".2"));
        Expect.error("ValueError",
                "Negative zero coercion (z) not allowed in integer format specifier",
                () -> Formatter.format(1, "z"));
        Expect.error("ValueError", "Unknown format code 's' for object of type 'int'",
                () -> Formatter.format(1, "s"));
        Expect.error("ValueError", "Unknown format code '\\x1' for object of type 'int'",
                () -> Formatter.format(1, "\u0001"));
    }

    @Test
    void hugeIntsRespectTheDigitLimit() {
        BigInteger ok = BigInteger.TEN.pow(4299);
        assertEquals(ok.toString(), Formatter.format(ok, ""));
        assertEquals(ok.toString(), Formatter.format(ok, "d"));
        Expect.error("ValueError", "Exceeds the limit (4300 digits) for integer string "
                + "conversion; use sys.set_int_max_str_digits() to increase the limit",
                () -> Formatter.format(BigInteger.TEN.pow(4300), ","));
        // Power-of-two bases are exempt.
        assertEquals(BigInteger.TEN.pow(4300).toString(16),
                Formatter.format(BigInteger.TEN.pow(4300), "x"));
    }

    @Test
    void boolFormatsAsIntUnlessTheSpecIsEmpty() {
        assertEquals("True", Formatter.format(true, ""));
        assertEquals("1", Formatter.format(true, "d"));
        assertEquals("    0", Formatter.format(false, "5"));
        assertEquals("1.000000", Formatter.format(true, "f"));
        assertEquals("True", Formatter.format((Object) Boolean.TRUE, ""));
        Expect.error("ValueError", "Unknown format code 'q' for object of type 'bool'",
                () -> Formatter.format(true, "q"));
        Expect.error("ValueError", "Invalid format specifier 'abc' for object of type 'bool'",
                () -> Formatter.format(true, "abc"));
    }

    @Test
    void floatWithoutTypeIsReprOrGeneralWithPrecision() {
        assertEquals("1.0", Formatter.format(1.0, ""));
        assertEquals("1e+16", Formatter.format(1e16, ""));
        assertEquals("1.5", Formatter.format(1.5, ".3"));
        assertEquals("1.2e+03", Formatter.format(1234.5, ".2"));
        assertEquals("1e+02", Formatter.format(100.0, ".2"));
        assertEquals("1e+02", Formatter.format(100.0, ".3")); // one digit sooner than 'g'
        assertEquals("1.0", Formatter.format(1.0, ".3"));
        assertEquals("1e+16", Formatter.format(1e16, ".3"));
        assertEquals("1e-10", Formatter.format(1e-10, ""));
        assertEquals("-0.0", Formatter.format(-0.0, "+"));
        assertEquals("1.e+00", Formatter.format(1.0, "#.0"));
    }

    @Test
    void floatRoundingIsExact() {
        assertEquals("0.12", Formatter.format(0.125, ".2f"));
        assertEquals("2.67", Formatter.format(2.675, ".2f"));
        assertEquals("0.100000000000000005551115123126", Formatter.format(0.1, ".30f"));
        assertEquals("4.94e-324", Formatter.format(5e-324, ".3g"));
        assertEquals("0", Formatter.format(0.5, ".0f"));
        assertEquals("2", Formatter.format(1.5, ".0f"));
        assertEquals("50%", Formatter.format(0.5, ".0%"));
        assertEquals("0.00%", Formatter.format(1e-7, ".2%"));
    }

    @Test
    void floatTypes() {
        assertEquals("1.0e+00", Formatter.format(1.0, ".1e"));
        assertEquals("1.2345e-05", Formatter.format(0.000012345, "g"));
        assertEquals("1.23457e+08", Formatter.format(123456789.0, "g"));
        assertEquals("1.23e+08", Formatter.format(123456789.0, "#.3g"));
        assertEquals("1.00000", Formatter.format(1.0, "#g"));
        assertEquals("1.", Formatter.format(1.0, "#.0f"));
        assertEquals("1.e+00", Formatter.format(1.0, "#.0e"));
        assertEquals("12", Formatter.format(12.0, "n"));
        assertEquals("1.23457e+06", Formatter.format(1234567.0, "n"));
        assertEquals("0e+00", Formatter.format(0.0, ".0e"));
    }

    @Test
    void floatGroupingAndPadding() {
        assertEquals("1,234,567.89", Formatter.format(1234567.891, ",.2f"));
        assertEquals("1.234568e+06", Formatter.format(1234567.891, "_e"));
        assertEquals("00,001,234.5", Formatter.format(1234.5, "012,.1f"));
        assertEquals("-0,001.23e+03", Formatter.format(-1234.5, "+013,.2e"));
        assertEquals("-123_456_789.00", Formatter.format(-123456789.0, "_.2f"));
        assertEquals("       1.0", Formatter.format(1.0, "=10"));
        assertEquals("1.0xxxxxxx", Formatter.format(1.0, "x<10"));
    }

    @Test
    void floatSpecialValues() {
        assertEquals("+inf", Formatter.format(Double.POSITIVE_INFINITY, "+.2f"));
        assertEquals("NAN", Formatter.format(Double.NaN, "F"));
        assertEquals("-INF", Formatter.format(Double.NEGATIVE_INFINITY, "E"));
        assertEquals("   inf   ", Formatter.format(Double.POSITIVE_INFINITY, "^9"));
        assertEquals("0000000inf", Formatter.format(Double.POSITIVE_INFINITY, "010"));
        assertEquals("-000000inf", Formatter.format(Double.NEGATIVE_INFINITY, "010"));
        assertEquals("+nan", Formatter.format(Double.NaN, "+"));
    }

    @Test
    void negativeZeroCoercion() {
        assertEquals("0.0", Formatter.format(-0.0, "z"));
        assertEquals("0.0", Formatter.format(-0.001, "z.1f"));
        assertEquals("0", Formatter.format(-0.5, "z.0f"));
        assertEquals("-50%", Formatter.format(-0.5, "z.0%"));
        assertEquals("0.000", Formatter.format(-1e-9, "z.3f"));
        assertEquals("-1e-09", Formatter.format(-1e-9, "z.3g"));
        assertEquals("0.0e+00", Formatter.format(-0.0, "z.1e"));
    }

    @Test
    void floatErrors() {
        Expect.error("ValueError", "Unknown format code 'd' for object of type 'float'",
                () -> Formatter.format(1.0, "d"));
        Expect.error("ValueError", "Unknown format code 'x' for object of type 'float'",
                () -> Formatter.format(1.0, "_x"));
        Expect.error("ValueError", "precision too big",
                () -> Formatter.format(1.0, ".2147483648"));
    }

    @Test
    void subclassesNameTheirTypeInErrors() {
        Expect.error("ValueError", "Unknown format code 'd' for object of type 'S'",
                () -> StrFormat.format("a", "d", "S"));
        Expect.error("ValueError", "Unknown format code 'q' for object of type 'I'",
                () -> IntFormat.format(5L, "q", "I"));
        Expect.error("ValueError", "Invalid format specifier 'abc' for object of type 'F'",
                () -> FloatFormat.format(1.0, "abc", "F"));
        assertEquals("5", IntFormat.format(5L, "", "I"));
    }

    @Test
    void strings() {
        assertEquals("hello     ", Formatter.format("hello", "10"));
        assertEquals("     hello", Formatter.format("hello", ">10"));
        assertEquals("  hello   ", Formatter.format("hello", "^10"));
        assertEquals("***hello***", Formatter.format("hello", "*^11"));
        assertEquals("hel", Formatter.format("hello", ".3"));
        assertEquals("hel     ", Formatter.format("hello", "8.3"));
        assertEquals("ab000", Formatter.format("ab", "05"));
        assertEquals("     ", Formatter.format("", "5"));
        assertEquals("\ud83d\ude00  ", Formatter.format("\ud83d\ude00", "3"));
        assertEquals("\ud83d\ude00a", Formatter.format("\ud83d\ude00abc", ".2"));
        assertEquals("x", Formatter.format("x", "s"));
    }

    @Test
    void stringErrors() {
        Expect.error("ValueError", "Sign not allowed in string format specifier",
                () -> Formatter.format("a", "+"));
        Expect.error("ValueError", "Space not allowed in string format specifier",
                () -> Formatter.format("a", " "));
        Expect.error("ValueError",
                "Negative zero coercion (z) not allowed in string format specifier",
                () -> Formatter.format("a", "z"));
        Expect.error("ValueError", "Alternate form (#) not allowed in string format specifier",
                () -> Formatter.format("a", "#"));
        Expect.error("ValueError", "'=' alignment not allowed in string format specifier",
                () -> Formatter.format("a", "="));
        Expect.error("ValueError", "Unknown format code 'd' for object of type 'str'",
                () -> Formatter.format("a", "d"));
        Expect.error("ValueError", "Cannot specify ',' with 's'.",
                () -> Formatter.format("a", ","));
    }
}
