// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The math functions whose last bit depends on how they are computed, against what CPython
 * 3.11 on glibc printed: Java's own results differ from these in the last place.
 */
class FloatAccuracyTest {
    @Test
    void log2IsCorrectlyRounded() {
        assertEquals(1.584962500721156, DoubleDouble.log2(3));
        assertEquals(-3.321928094887362, DoubleDouble.log2(0.1));
        assertEquals(-1074.0, DoubleDouble.log2(Double.MIN_VALUE));
        assertEquals(1000.0, DoubleDouble.log2(0x1p1000));
    }

    @Test
    void log10FollowsTheClassicReduction() {
        assertEquals(0.3010299956639812, Libm.log10(2));
        assertEquals(-300.0, Libm.log10(1e-300));
    }

    @Test
    void inverseTrigonometryIsCorrectlyRounded() {
        assertEquals(0.19739555984988078, InverseTrig.atan(0.2));
        assertEquals(0.6435011087932844, InverseTrig.atan2(3, 4));
        assertEquals(0.3046926540153975, InverseTrig.asin(0.3));
        assertEquals(1.8754889808102941, InverseTrig.acos(-0.3));
    }

    @Test
    void trigonometryIsCorrectlyRounded() {
        assertEquals(-0.030959966783271346, Trig.sin(100.5));
        assertEquals(-2.5721516221263188, Trig.tan(-1.2));
    }

    @Test
    void hyperbolicFunctions() {
        assertEquals(1.1752011936438014, Libm.sinh(1));
        assertEquals(6.132289479663686, Libm.cosh(-2.5));
        assertEquals(-2.99822295029797, Libm.asinh(-10));
        assertEquals(1.3169578969248166, Libm.acosh(2));
        assertEquals(-0.25541281188299536, Libm.atanh(-0.25));
    }

    @Test
    void gammaByLanczos() {
        assertEquals(1.7724538509055159, Special.gamma(0.5));
        assertEquals(359.1342053695754, Special.lgamma(100));
        assertEquals(24.0, Special.gamma(5));
    }

    @Test
    void vectorNormAndExactSums() {
        double[] v = {0.1, 0.2, 0.3};
        assertEquals(0.3741657386773941, Sums.vectorNorm(v, 3, 0.3, false));
        assertEquals(5e-324, Sums.vectorNorm(new double[] {5e-324, 5e-324}, 2, 5e-324, false));
    }
}
