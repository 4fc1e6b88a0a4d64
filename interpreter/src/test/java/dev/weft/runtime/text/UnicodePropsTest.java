// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Unicode 14 character properties, spot-checked against CPython 3.11. */
class UnicodePropsTest {
    @Test
    void printable() {
        assertTrue(UnicodeProps.isPrintable(' '));
        assertTrue(UnicodeProps.isPrintable('~'));
        assertTrue(UnicodeProps.isPrintable(0xe9));
        assertTrue(UnicodeProps.isPrintable(0x1f600));
        assertTrue(UnicodeProps.isPrintable(0x16ac0)); // Tangsa, added in Unicode 14
        assertFalse(UnicodeProps.isPrintable(0x7f));
        assertFalse(UnicodeProps.isPrintable(0xa0)); // Zs other than space
        assertFalse(UnicodeProps.isPrintable(0xad)); // Cf
        assertFalse(UnicodeProps.isPrintable(0x2028)); // Zl
        assertFalse(UnicodeProps.isPrintable(0xd800)); // Cs
        assertFalse(UnicodeProps.isPrintable(0xe000)); // Co
        assertFalse(UnicodeProps.isPrintable(0x378)); // Cn
        assertFalse(UnicodeProps.isPrintable(0x10ffff));
    }

    @Test
    void whitespace() {
        for (int cp : new int[] {9, 10, 11, 12, 13, 0x1c, 0x1f, ' ', 0x85, 0xa0, 0x1680, 0x2000,
            0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000}) {
            assertTrue(UnicodeProps.isSpace(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {0, 8, 0x0e, 0x1b, 'a', 0x200b, 0xfeff, 0x180e}) {
            assertFalse(UnicodeProps.isSpace(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void decimalValues() {
        assertEquals(0, UnicodeProps.decimalValue('0'));
        assertEquals(9, UnicodeProps.decimalValue('9'));
        assertEquals(-1, UnicodeProps.decimalValue('a'));
        assertEquals(1, UnicodeProps.decimalValue(0x661));
        assertEquals(2, UnicodeProps.decimalValue(0xff12));
        assertEquals(0, UnicodeProps.decimalValue(0x1d7ce));
        assertEquals(9, UnicodeProps.decimalValue(0x1d7ff));
        assertEquals(3, UnicodeProps.decimalValue(0x1d7e5)); // in the third run of the block
        assertEquals(5, UnicodeProps.decimalValue(0x16ac5));
        assertEquals(-1, UnicodeProps.decimalValue(0xb2)); // superscript two: a digit, no decimal
        assertEquals(-1, UnicodeProps.decimalValue(0x2155));
    }
}
