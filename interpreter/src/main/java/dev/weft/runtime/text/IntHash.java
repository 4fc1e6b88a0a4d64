// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigInteger;

/**
 * CPython's hash of an int: the value reduced modulo the Mersenne prime 2^61 - 1, keeping the
 * sign, with -1 (reserved for errors in C) replaced by -2. Floats, and any other numeric type
 * that equals an int, hash by the same rule so that equal numbers hash equal.
 */
public final class IntHash {
    /** The modulus 2^61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    /** Bits in the modulus; 2^BITS is congruent to 1. */
    public static final int BITS = 61;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private IntHash() {
    }

    public static long hash(long v) {
        // The magnitude as an unsigned number, so that Long.MIN_VALUE needs no special case.
        long magnitude = v < 0 ? -v : v;
        return signed(Long.remainderUnsigned(magnitude, MODULUS), v < 0);
    }

    public static long hash(BigInteger v) {
        return signed(v.abs().mod(BIG_MODULUS).longValue(), v.signum() < 0);
    }

    /** Hash of a Long or BigInteger. */
    public static long hash(Number v) {
        return v instanceof BigInteger ? hash((BigInteger) v) : hash(v.longValue());
    }

    /** Applies the sign to a reduced magnitude and steps around the reserved -1. */
    static long signed(long reduced, boolean negative) {
        long h = negative ? -reduced : reduced;
        return h == -1 ? -2 : h;
    }
}
