// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Correctly rounded conversions of big integers and their ratios to doubles. */
final class BigRatio {
    private BigRatio() {}

    /** {@code x / y} rounded to the nearest double (ties to even), as CPython's int division. */
    static double divide(BigInteger x, BigInteger y) {
        if (y.signum() < 0) {
            x = x.negate();
            y = y.negate();
        }
        boolean negative = x.signum() < 0;
        BigInteger n = x.abs();
        if (n.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the quotient has 55 significant bits, then round once using the remainder.
        int shift = y.bitLength() - n.bitLength() + 55;
        BigInteger num = shift > 0 ? n.shiftLeft(shift) : n;
        BigInteger den = shift < 0 ? y.shiftLeft(-shift) : y;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.setBit(0);
        }
        double d = scaledToDouble(q, -shift);
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return negative ? -d : d;
    }

    /** {@code q * 2^exp} rounded to a double, where the sticky bit is folded into q's bit 0. */
    private static double scaledToDouble(BigInteger q, int exp) {
        BigDecimal v = new BigDecimal(q);
        if (exp >= 0) {
            v = v.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exp)));
        } else {
            v = v.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exp)));
        }
        // The decimal is exact; its conversion to double rounds once, correctly.
        return v.doubleValue();
    }

    /** The nearest double to {@code b} (ties to even); infinite when out of range. */
    static double toDouble(BigInteger b) {
        return b.doubleValue();
    }
}
