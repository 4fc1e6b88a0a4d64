// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigInteger;

/**
 * Conversions between the two Java shapes of a Python int: a Long whenever the value fits,
 * otherwise a BigInteger. Keeping that invariant lets equal ints always be equal Java objects.
 */
public final class IntValue {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private IntValue() {
    }

    /** The canonical Java value for v: a Long when it fits in 64 bits. */
    public static Number normalize(BigInteger v) {
        if (v.bitLength() < 64) {
            return v.longValue();
        }
        return v;
    }

    /** Widens a Long (or Integer/Short/Byte) or passes a BigInteger through. */
    public static BigInteger toBig(Number n) {
        return n instanceof BigInteger ? (BigInteger) n : BigInteger.valueOf(n.longValue());
    }

    /** Whether v lies within the range of a Java long. */
    static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    /** int → float as CPython does it: correctly rounded, OverflowError past the double range. */
    public static double toDouble(Number n) {
        if (!(n instanceof BigInteger)) {
            return n.doubleValue();
        }
        double d = n.doubleValue(); // BigInteger.doubleValue rounds half-even since JDK 8
        if (Double.isInfinite(d)) {
            throw TextError.overflowError("int too large to convert to float");
        }
        return d;
    }
}
