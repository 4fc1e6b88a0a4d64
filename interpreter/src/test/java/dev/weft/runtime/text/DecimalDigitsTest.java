// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shortest-digits fast paths must agree with the exact generator everywhere; the exact
 * generator itself is checked against CPython by {@link FloatReprTableTest}.
 */
class DecimalDigitsTest {
    @Test
    void fastPathsAgreeWithExactDigits() {
        SplittableRandom rng = new SplittableRandom(42);
        List<String> bad = new ArrayList<>();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double v = Math.abs(sample(rng, i));
            if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            DecimalDigits fast = DecimalDigits.shortest(v);
            DecimalDigits exact = DecimalDigits.shortestExact(v);
            if (!fast.digits.equals(exact.digits) || fast.decpt != exact.decpt) {
                bad.add(Double.toString(v) + ": " + fast.digits + "e" + fast.decpt + " vs "
                        + exact.digits + "e" + exact.decpt);
            }
        }
        Tables.checkAll("shortest digits", bad, n);
    }

    /** Short decimals at every scale, integers, and arbitrary doubles. */
    private static double sample(SplittableRandom rng, int i) {
        switch (i % 4) {
            case 0:
                long digits = rng.nextLong(1, 1_000_000_000_000_000L);
                digits /= (long) Math.pow(10, rng.nextInt(0, 15));
                return Double.parseDouble(digits + "e" + rng.nextInt(-40, 40));
            case 1:
                return Double.longBitsToDouble(rng.nextLong());
            case 2:
                return rng.nextLong(1L << 60) * Math.pow(2, rng.nextInt(-80, 20));
            default:
                return rng.nextDouble() * Math.pow(10, rng.nextInt(-25, 25));
        }
    }

    @Test
    void fixedAndSignificantDigits() {
        assertDigits("267", 1, DecimalDigits.fixed(2.675, 2));
        assertDigits("", -2, DecimalDigits.fixed(0.001, 2));
        assertDigits("1", 1, DecimalDigits.fixed(0.96, 1));
        assertDigits("0", 1, DecimalDigits.fixed(0.0, 5));
        assertDigits("1", 301, DecimalDigits.significant(1e300, 3));
        assertDigits("1", 2, DecimalDigits.significant(9.999, 3)); // 10.0
        assertDigits("494", -323, DecimalDigits.significant(Double.MIN_VALUE, 3));
    }

    private static void assertDigits(String digits, int decpt, DecimalDigits d) {
        assertEquals(digits + "e" + decpt, d.digits + "e" + d.decpt);
    }
}
