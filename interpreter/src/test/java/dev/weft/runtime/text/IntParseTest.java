// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Chosen cases of int(text, base) and of hex()/oct()/bin()/str() of ints. */
class IntParseTest {
    @Test
    void parsesDecimal() {
        assertEquals(0L, IntParse.parse("0"));
        assertEquals(0L, IntParse.parse("-0"));
        assertEquals(7L, IntParse.parse("+7"));
        assertEquals(42L, IntParse.parse("  42  "));
        assertEquals(-13L, IntParse.parse("\t-13\n"));
        assertEquals(1000L, IntParse.parse("1_000"));
        assertEquals(Long.MAX_VALUE, IntParse.parse("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, IntParse.parse("-9223372036854775808"));
        assertEquals(new BigInteger("9223372036854775808"), IntParse.parse("9223372036854775808"));
    }

    @Test
    void acceptsUnicodeDigitsAndWhitespace() {
        assertEquals(123L, IntParse.parse("\u0661\u0662\u0663"));
        assertEquals(12L, IntParse.parse(" \u3000 12 \u0085"));
        assertEquals(1L, IntParse.parse("1\u00a0"));
        assertEquals(33L, IntParse.parse("\u0663_\u0663"));
        assertEquals(9L, IntParse.parse("\ud835\udfd7")); // MATHEMATICAL BOLD DIGIT NINE
        assertEquals(31L, IntParse.parse("\u0660x1f", 16));
    }

    @Test
    void basePrefixes() {
        assertEquals(31L, IntParse.parse("0x_1f", 16));
        assertEquals(31L, IntParse.parse("0x_1f", 0));
        assertEquals(31L, IntParse.parse("0X1F", 0));
        assertEquals(31L, IntParse.parse("1f", 16));
        assertEquals(15L, IntParse.parse("0o17", 8));
        assertEquals(5L, IntParse.parse("0b101", 0));
        assertEquals(5L, IntParse.parse("0B101", 2));
        assertEquals(35L, IntParse.parse("z", 36));
        assertEquals(35L, IntParse.parse("Z", 36));
        assertEquals(0L, IntParse.parse("000", 0));
        assertEquals(0L, IntParse.parse("0_0", 0));
        assertEquals(2833L, IntParse.parse("0b11", 16)); // in base 16 "0b11" is just 0xb11
    }

    @Test
    void rejectsBadLiteralsWithTheOriginalTextInTheMessage() {
        invalid("abc", 10, "'abc'");
        invalid("010", 0, "'010'");
        invalid("00_1", 0, "'00_1'");
        invalid("0x__1f", 0, "'0x__1f'");
        invalid("_1", 10, "'_1'");
        invalid("1_", 10, "'1_'");
        invalid("1__0", 10, "'1__0'");
        invalid("", 10, "''");
        invalid(" ", 10, "' '");
        invalid("+", 10, "'+'");
        invalid("+ 1", 10, "'+ 1'");
        invalid("0x", 16, "'0x'");
        invalid("0b2", 0, "'0b2'");
        invalid("1e5", 10, "'1e5'");
        invalid("12\u0000", 10, "'12\\x00'");
        invalid("1\u200b", 10, "'1\\u200b'");
        invalid("0_x1", 0, "'0_x1'");
    }

    @Test
    void longTextIsCutTo200CharactersInTheMessage() {
        String text = "x".repeat(300);
        Expect.error("ValueError", "invalid literal for int() with base 10: '"
                + "x".repeat(199), () -> IntParse.parse(text));
    }

    @Test
    void rejectsBadBases() {
        for (int base : new int[] {1, 37, -1}) {
            Expect.error("ValueError", "int() base must be >= 2 and <= 36, or 0",
                    () -> IntParse.parse("1", base));
        }
    }

    @Test
    void limitsDecimalDigits() {
        assertEquals(4300, IntParse.parse("1".repeat(4300)).toString().length());
        Expect.error("ValueError", "Exceeds the limit (4300 digits) for integer string "
                + "conversion: value has 4301 digits; use sys.set_int_max_str_digits() to "
                + "increase the limit", () -> IntParse.parse("0".repeat(4301)));
        // Underscores do not count, and power-of-two bases are exempt.
        assertEquals(4300, IntParse.parse("1_".repeat(4299) + "1").toString().length());
        assertEquals(BigInteger.ONE.shiftLeft(20000).subtract(BigInteger.ONE),
                IntParse.parse("f".repeat(5000), 16));
    }

    @Test
    void writesIntsInOtherBases() {
        assertEquals("-0x1f", IntParse.toString(-31, 16, true));
        assertEquals("0x1f", IntParse.toString(31, 16, true));
        assertEquals("0o17", IntParse.toString(15, 8, true));
        assertEquals("-0b101", IntParse.toString(-5, 2, true));
        assertEquals("0b0", IntParse.toString(0, 2, true));
        assertEquals("-1f", IntParse.toString(-31, 16, false));
        assertEquals("-z", IntParse.toString(-35, 36, false));
        assertEquals("-0x8000000000000000", IntParse.toString(Long.MIN_VALUE, 16, true));
        assertEquals("0x10000000000000000",
                IntParse.toString(BigInteger.ONE.shiftLeft(64), 16, true));
        assertEquals("-12", IntParse.toString(-12L, 10, true));
        assertEquals("-9223372036854775808", IntParse.toString(Long.MIN_VALUE));
        assertEquals("123", IntParse.toString((Number) BigInteger.valueOf(123)));
    }

    @Test
    void strOfHugeIntsIsLimited() {
        BigInteger max = BigInteger.TEN.pow(4300).subtract(BigInteger.ONE);
        assertEquals(4301, IntParse.toString(max.negate()).length());
        Expect.error("ValueError", "Exceeds the limit (4300 digits) for integer string "
                + "conversion; use sys.set_int_max_str_digits() to increase the limit",
                () -> IntParse.toString(BigInteger.TEN.pow(4300)));
        Expect.error("ValueError", "Exceeds the limit (4300 digits) for integer string "
                + "conversion; use sys.set_int_max_str_digits() to increase the limit",
                () -> IntParse.toString(BigInteger.TEN.pow(100000)));
    }

    private static void invalid(String text, int base, String shown) {
        Expect.error("ValueError", "invalid literal for int() with base " + base + ": " + shown,
                () -> IntParse.parse(text, base));
    }
}
