// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The float operations whose answers are defined digit-for-digit by CPython: repr/str,
 * round(), conversion to int, as_integer_ratio() and hash().
 */
public final class FloatRepr {
    /** Beyond this many decimals every double is already exact: round() returns x itself. */
    private static final long NDIGITS_MAX = 323;
    /** Below this many decimals (i.e. rounding to 10^309 or coarser) everything rounds to 0. */
    private static final long NDIGITS_MIN = -308;
    private static final long HASH_INF = 314159;

    private FloatRepr() {
    }

    /**
     * {@code repr(x)} (and {@code str(x)}): the shortest string that reads back as x, in
     * exponent notation below 1e-4 or from 1e16 on, and always with a '.' or an exponent.
     */
    public static String repr(double x) {
        return FloatString.format(x, 'r', 0, FloatString.ADD_DOT_0);
    }

    /**
     * {@code round(x, ndigits)}: the exact value of x rounded half-even to ndigits decimal
     * places (negative means tens, hundreds ...), then read back as the nearest double.
     *
     * @throws TextError OverflowError "rounded value too large to represent"
     */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x; // zero with x's sign
        }
        if (x == 0) {
            return x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            return 0.0 * x;
        }
        // Parsing the decimal string is correctly rounded; BigDecimal.doubleValue in Java 17
        // is not guaranteed to be.
        double result = Double.parseDouble(rounded.toString());
        if (Double.isInfinite(result)) {
            throw TextError.overflowError("rounded value too large to represent");
        }
        return result;
    }

    /** {@code round(x)} with no ndigits: the nearest int, ties to even. */
    public static Number roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /**
     * {@code int(x)}: x truncated toward zero, as a Long when it fits.
     *
     * @throws TextError ValueError for NaN, OverflowError for an infinity
     */
    public static Number toInt(double x) {
        if (Double.isNaN(x)) {
            throw TextError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw TextError.overflowError("cannot convert float infinity to integer");
        }
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        if (Math.abs(t) < 0x1p63) {
            return (long) t;
        }
        return IntValue.normalize(new BigDecimal(t).toBigInteger());
    }

    /**
     * {@code x.as_integer_ratio()}: numerator and positive denominator in lowest terms whose
     * quotient is exactly x.
     */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isNaN(x)) {
            throw TextError.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(x)) {
            throw TextError.overflowError("cannot convert Infinity to integer ratio");
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        long mant = biased == 0 ? fraction : fraction | (1L << 52);
        int exp = biased == 0 ? -1074 : biased - 1075;
        if (mant == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        // Move the mantissa's trailing zero bits into the exponent: the fraction is then in
        // lowest terms, since the denominator can only be a power of two.
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(bits < 0 ? -mant : mant);
        if (exp >= 0) {
            return new BigInteger[] {num.shiftLeft(exp), BigInteger.ONE};
        }
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-exp)};
    }

    /**
     * {@code hash(x)}: equal to the hash of the int or fraction x equals. A float NaN hashes
     * by object identity in CPython 3.10+, which this value-based method cannot know: it
     * returns 0 for NaN and the caller should use the object's identity hash instead.
     */
    public static long hash(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? HASH_INF : -HASH_INF;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        long mant = biased == 0 ? fraction : fraction | (1L << 52);
        int exp = biased == 0 ? -1074 : biased - 1075;
        // x = mant * 2^exp. Since 2^61 = 1 modulo 2^61 - 1, multiplying by 2^exp is a rotation
        // of the 61-bit residue by exp mod 61 places (a negative exp rotates the other way,
        // which is multiplying by the inverse of a power of two).
        int rot = Math.floorMod(exp, IntHash.BITS);
        long h = mant; // < 2^53, already reduced
        if (rot != 0) {
            h = ((h << rot) & IntHash.MODULUS) | (h >>> (IntHash.BITS - rot));
        }
        return IntHash.signed(h, bits < 0);
    }
}
