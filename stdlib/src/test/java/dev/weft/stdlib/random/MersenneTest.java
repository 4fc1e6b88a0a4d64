// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** MT19937 with CPython's seeding, against values CPython 3.11 printed. */
class MersenneTest {
    private static Mersenne seeded(long n) {
        Mersenne mt = new Mersenne();
        mt.seed(BigInteger.valueOf(n));
        return mt;
    }

    @Test
    void randomAfterSeed42() {
        Mersenne mt = seeded(42);
        assertEquals(0.6394267984578837, mt.random());
        assertEquals(0.025010755222666936, mt.random());
        assertEquals(0.27502931836911926, mt.random());
    }

    @Test
    void thirtyTwoBitWordsAfterSeed0() {
        Mersenne mt = seeded(0);
        long[] got = new long[3];
        for (int i = 0; i < 3; i++) {
            got[i] = mt.getrandbits(32).longValue();
        }
        assertArrayEquals(new long[] {3626764237L, 1654615998L, 3255389356L}, got);
    }

    @Test
    void wideSeedAndWideDraw() {
        Mersenne mt = new Mersenne();
        mt.seed(BigInteger.TWO.pow(100).add(BigInteger.valueOf(5)));
        assertEquals(new BigInteger("632652343295793728964675945554"), mt.getrandbits(100));
    }

    @Test
    void stateAsGetstateShowsIt() {
        long[] s = seeded(5).state();
        assertEquals(625, s.length);
        assertEquals(2147483648L, s[0]);
        assertEquals(2796186638L, s[1]);
        assertEquals(957143377L, s[623]);
        assertEquals(624, s[624]);
        Mersenne mt = seeded(7);
        mt.random();
        assertEquals(2, mt.state()[624]);
    }

    @Test
    void stringSeedsHashWithSha512() {
        BigInteger n = RandomModule.seedFromBytes("hello".getBytes());
        assertEquals(new BigInteger("3936928169164980291"), n.mod(BigInteger.TEN.pow(20)));
    }
}
