// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** {@link IntHash} against CPython's {@code hash(int)}. */
class IntHashTest {
    @Test
    void smallIntsHashToThemselvesExceptMinusOne() {
        assertEquals(0, IntHash.hash(0));
        assertEquals(1, IntHash.hash(1));
        assertEquals(-2, IntHash.hash(-1));
        assertEquals(-2, IntHash.hash(-2));
        assertEquals(12345, IntHash.hash(12345));
    }

    @Test
    void valuesReduceModuloTheMersennePrime() {
        assertEquals(0, IntHash.hash(IntHash.MODULUS));
        assertEquals(1, IntHash.hash(IntHash.MODULUS + 1));
        assertEquals(-2, IntHash.hash(-(1L << 61))); // -1 after reduction, then -2
        assertEquals(-4, IntHash.hash(Long.MIN_VALUE));
        assertEquals(3, IntHash.hash(Long.MAX_VALUE));
        assertEquals(8, IntHash.hash(BigInteger.ONE.shiftLeft(64)));
        assertEquals(-8, IntHash.hash(BigInteger.ONE.shiftLeft(64).negate()));
        assertEquals(0, IntHash.hash(BigInteger.valueOf(IntHash.MODULUS).negate()));
    }

    @Test
    void longAndBigIntegerAgree() {
        long[] values = {0, 7, -7, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 61, -(1L << 61) + 5};
        for (long v : values) {
            assertEquals(IntHash.hash(v), IntHash.hash(BigInteger.valueOf(v)), "hash " + v);
            assertEquals(IntHash.hash(v), IntHash.hash((Number) v));
        }
    }
}
