// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Parsing of the format-spec mini-language, with CPython's messages for bad specs. */
class FormatSpecTest {
    private static FormatSpec intSpec(String spec) {
        return FormatSpec.parse(spec, "int", 'd', '>');
    }

    @Test
    void parsesEveryField() {
        FormatSpec s = intSpec("*^+z#012_.3x");
        assertEquals('*', s.fill);
        assertEquals('^', s.align);
        assertEquals('+', s.sign);
        assertTrue(s.noNegZero);
        assertTrue(s.alternate);
        assertEquals(12, s.width);
        assertEquals('_', s.grouping);
        assertEquals(4, s.groupSize); // '_' with hex groups by four
        assertEquals(3, s.precision);
        assertEquals('x', s.type);
    }

    @Test
    void defaultsComeFromTheCaller() {
        FormatSpec s = intSpec("");
        assertEquals(' ', s.fill);
        assertEquals('>', s.align);
        assertEquals(0, s.sign);
        assertFalse(s.alternate);
        assertEquals(-1, s.width);
        assertEquals(-1, s.precision);
        assertEquals('d', s.type);
        assertEquals(3, s.groupSize);
        assertEquals('<', FormatSpec.parse("5", "str", 's', '<').align);
        assertEquals(0, FormatSpec.parse("5", "float", 0, '>').type);
    }

    @Test
    void zeroFlagMeansZeroFillAndSignAwarePadding() {
        FormatSpec s = intSpec("010");
        assertEquals('0', s.fill);
        assertEquals('=', s.align);
        assertEquals(10, s.width);
        // With an explicit alignment, or for str, only the fill changes.
        assertEquals('<', intSpec("<010").align);
        assertEquals('<', FormatSpec.parse("05", "str", 's', '<').align);
        // A fill before the alignment wins over the zero flag: '0' here is the width.
        FormatSpec f = intSpec("x<05");
        assertEquals('x', f.fill);
        assertEquals(5, f.width);
    }

    @Test
    void fillMayBeAnyCharacter() {
        assertEquals(0x1f600, intSpec("\ud83d\ude00^5").fill);
        assertEquals('<', intSpec("<<5").fill);
        assertEquals('0', intSpec("0=5").fill);
        assertEquals('=', intSpec("0=5").align);
    }

    @Test
    void widthAndPrecisionAcceptAnyDecimalDigits() {
        assertEquals(5, intSpec("\u0665").width);
        assertEquals(15, intSpec("1\u0665").width);
        assertEquals(5, FormatSpec.parse(".\u0665", "float", 0, '>').precision);
    }

    @Test
    void rejectsMalformedSpecs() {
        Expect.error("ValueError", "Invalid format specifier 'abc' for object of type 'int'",
                () -> intSpec("abc"));
        Expect.error("ValueError", "Invalid format specifier '10.2fx' for object of type 'float'",
                () -> FormatSpec.parse("10.2fx", "float", 0, '>'));
        Expect.error("ValueError", "Format specifier missing precision", () -> intSpec("."));
        Expect.error("ValueError", "Format specifier missing precision", () -> intSpec("10.x"));
        Expect.error("ValueError", "Cannot specify both ',' and '_'.", () -> intSpec(",_"));
        Expect.error("ValueError", "Cannot specify both ',' and '_'.", () -> intSpec("_,"));
        Expect.error("ValueError", "Too many decimal digits in format string",
                () -> intSpec("99999999999999999999"));
        Expect.error("ValueError", "Too many decimal digits in format string",
                () -> intSpec(".99999999999999999999"));
    }

    @Test
    void separatorsOnlyWithNumericTypes() {
        Expect.error("ValueError", "Cannot specify ',' with 's'.",
                () -> FormatSpec.parse(",", "str", 's', '<'));
        Expect.error("ValueError", "Cannot specify ',' with 'c'.", () -> intSpec(",c"));
        Expect.error("ValueError", "Cannot specify '_' with 'n'.", () -> intSpec("_n"));
        Expect.error("ValueError", "Cannot specify ',' with 'x'.", () -> intSpec(",x"));
        Expect.error("ValueError", "Cannot specify '_' with '\\x1'.", () -> intSpec("_\u0001"));
        assertEquals(3, intSpec(",d").groupSize);
        assertEquals(4, intSpec("_b").groupSize);
        assertEquals(3, intSpec("_").groupSize);
    }

    @Test
    void showsUnprintableTypesInHex() {
        assertEquals("x", FormatSpec.showType('x'));
        assertEquals("\\x20", FormatSpec.showType(' '));
        assertEquals("\\xe9", FormatSpec.showType(0xe9));
        assertEquals("\\x1f600", FormatSpec.showType(0x1f600));
    }
}
