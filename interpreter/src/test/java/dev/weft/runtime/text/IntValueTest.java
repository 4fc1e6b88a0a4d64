// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The Long/BigInteger invariant and int-to-float conversion. */
class IntValueTest {
    @Test
    void normalizesToLongWhenItFits() {
        assertEquals(5L, IntValue.normalize(BigInteger.valueOf(5)));
        assertEquals(Long.MIN_VALUE, IntValue.normalize(BigInteger.valueOf(Long.MIN_VALUE)));
        BigInteger big = BigInteger.ONE.shiftLeft(63);
        assertEquals(big, IntValue.normalize(big));
        assertEquals(big.negate().subtract(BigInteger.ONE),
                IntValue.normalize(big.negate().subtract(BigInteger.ONE)));
        assertEquals(BigInteger.valueOf(7), IntValue.toBig(7L));
    }

    @Test
    void toDoubleRoundsHalfEvenAndOverflows() {
        assertEquals(9007199254740992.0, IntValue.toDouble(9007199254740993L));
        assertEquals(9007199254740996.0,
                IntValue.toDouble(BigInteger.valueOf(9007199254740995L)));
        Expect.error("OverflowError", "int too large to convert to float",
                () -> IntValue.toDouble(BigInteger.TEN.pow(400)));
        assertEquals(1.7976931348623157e308,
                IntValue.toDouble(new BigInteger("179769313486231580793728971405301000000"
                        + "0".repeat(270))));
    }
}
