// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digit strings of a finite non-negative double, in the three ways CPython's float
 * formatting asks for them: the shortest string that reads back as the same double (repr), a
 * fixed number of significant digits ('e', 'g'), and a fixed number of digits after the point
 * ('f'). The last two round the exact binary value half-to-even, which is why
 * {@code format(2.675, '.2f')} is {@code '2.67'}: 2.675 is really 2.67499999...
 *
 * <p>The result is {@code 0.DIGITS x 10^decpt}. Digits never end in a zero, except that zero
 * itself is {@code "0"} with decpt 1; a fixed-point request that rounds to zero gives no digits
 * and decpt {@code -ndigits}.
 */
final class DecimalDigits {
    private static final BigInteger TEN = BigInteger.TEN;
    private static final double TWO_POW_53 = 9007199254740992.0;
    /** 10^0 .. 10^22: every one is exactly a double. */
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    final String digits;
    final int decpt;

    private DecimalDigits(String digits, int decpt) {
        this.digits = digits;
        this.decpt = decpt;
    }

    /** The shortest digits that round-trip, choosing the closest when several are as short. */
    static DecimalDigits shortest(double v) {
        if (v == 0) {
            return new DecimalDigits("0", 1);
        }
        if (v < TWO_POW_53 && v == Math.rint(v)) {
            // Below 2^53 every integer is a double and its neighbours are at most 1 away, so no
            // shorter string than the integer itself can round-trip.
            return fromUnscaled(Long.toString((long) v), 0);
        }
        DecimalDigits quick = fifteenDigits(v);
        return quick != null ? quick : shortestExact(v);
    }

    /** The shortest digits by exact arithmetic alone (also the reference for tests). */
    static DecimalDigits shortestExact(double v) {
        return new ShortestDigits(v).generate();
    }

    /**
     * A fast path for doubles that are the nearest double to some decimal of at most 15
     * significant digits, like most literals. Distinct 15-digit decimals never share a double,
     * so such a decimal (trailing zeros dropped) is the one shortest repr. It is found by
     * rounding v to 15 digits in floating point and confirmed exactly: c and 10^|p| are both
     * exact doubles, so {@code c * 10^p} in one operation is the correctly rounded conversion
     * of the decimal. Returns null when v is not such a double or the estimate missed.
     */
    private static DecimalDigits fifteenDigits(double v) {
        int e = (int) Math.floor(Math.log10(v));
        int p = e - 14; // v = c x 10^p with c of 15 digits
        if (p < -22 || p > 22) {
            return null;
        }
        double c = Math.rint(p <= 0 ? v * POW10[-p] : v / POW10[p]);
        if (c < 1e14 || c >= 1e15) {
            return null;
        }
        double back = p <= 0 ? c / POW10[-p] : c * POW10[p];
        if (back != v) {
            return null;
        }
        return fromUnscaled(Long.toString((long) c), -p);
    }

    /** {@code ndigits} (at least 1) significant digits, rounded half-even on the exact value. */
    static DecimalDigits significant(double v, int ndigits) {
        if (v == 0) {
            return new DecimalDigits("0", 1);
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(ndigits, RoundingMode.HALF_EVEN));
        return fromUnscaled(r.unscaledValue().toString(), r.scale());
    }

    /** The value rounded half-even to {@code ndigits} places after the decimal point. */
    static DecimalDigits fixed(double v, int ndigits) {
        if (v == 0) {
            return new DecimalDigits("0", 1);
        }
        BigDecimal r = new BigDecimal(v).setScale(ndigits, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new DecimalDigits("", -ndigits);
        }
        return fromUnscaled(r.unscaledValue().toString(), r.scale());
    }

    /** Digits of {@code unscaled x 10^-scale}, trailing zeros dropped. */
    private static DecimalDigits fromUnscaled(String unscaled, int scale) {
        int end = unscaled.length();
        while (end > 1 && unscaled.charAt(end - 1) == '0') {
            end--;
        }
        return new DecimalDigits(unscaled.substring(0, end), unscaled.length() - scale);
    }

    /**
     * Free-format shortest digit generation with exact integer arithmetic (the Steele-White /
     * Dragon4 idea). The double v and the midpoints to its neighbours are kept as
     * {@code r/s}, {@code (r + mPlus)/s} and {@code (r - mMinus)/s}; each step emits the next
     * decimal digit of r/s and stops as soon as the digits so far, possibly with the last one
     * bumped up, lie strictly between the midpoints (or on one, when v's mantissa is even and so
     * wins the tie when read back).
     */
    private static final class ShortestDigits {
        private BigInteger r;
        private BigInteger s;
        private BigInteger mPlus;
        private BigInteger mMinus;
        private final boolean even;
        private int k;

        ShortestDigits(double v) {
            long bits = Double.doubleToRawLongBits(v);
            int biased = (int) (bits >>> 52) & 0x7ff;
            long fraction = bits & ((1L << 52) - 1);
            long mant = biased == 0 ? fraction : fraction | (1L << 52);
            int exp = biased == 0 ? -1074 : biased - 1075;
            even = (mant & 1) == 0;
            // At a power of two (but not the smallest normal) the gap below is half the gap
            // above; scale everything by 4 instead of 2 so both midpoints stay integers.
            boolean unevenGaps = fraction == 0 && biased > 1;
            int shift = unevenGaps ? 2 : 1;
            BigInteger m = BigInteger.valueOf(mant);
            if (exp >= 0) {
                r = m.shiftLeft(exp + shift);
                s = BigInteger.ONE.shiftLeft(shift);
                mMinus = BigInteger.ONE.shiftLeft(exp);
            } else {
                r = m.shiftLeft(shift);
                s = BigInteger.ONE.shiftLeft(shift - exp);
                mMinus = BigInteger.ONE;
            }
            mPlus = unevenGaps ? mMinus.shiftLeft(1) : mMinus;
            scale(v);
        }

        /** Picks k with {@code 10^(k-1) <= high < 10^k}, high being the upper midpoint. */
        private void scale(double v) {
            k = (int) Math.ceil(Math.log10(v));
            if (k >= 0) {
                s = s.multiply(TEN.pow(k));
            } else {
                BigInteger f = TEN.pow(-k);
                r = r.multiply(f);
                mPlus = mPlus.multiply(f);
                mMinus = mMinus.multiply(f);
            }
            // log10 is only an estimate; correct it by at most a step or two either way.
            while (reachesHigh(r.add(mPlus), s)) {
                s = s.multiply(TEN);
                k++;
            }
            while (!reachesHigh(r.add(mPlus).multiply(TEN), s)) {
                r = r.multiply(TEN);
                mPlus = mPlus.multiply(TEN);
                mMinus = mMinus.multiply(TEN);
                k--;
            }
        }

        private boolean reachesHigh(BigInteger high, BigInteger limit) {
            int c = high.compareTo(limit);
            return c > 0 || (c == 0 && even);
        }

        DecimalDigits generate() {
            StringBuilder out = new StringBuilder(17);
            while (true) {
                r = r.multiply(TEN);
                mPlus = mPlus.multiply(TEN);
                mMinus = mMinus.multiply(TEN);
                BigInteger[] qr = r.divideAndRemainder(s);
                int d = qr[0].intValue();
                r = qr[1];
                int low = r.compareTo(mMinus);
                int high = r.add(mPlus).compareTo(s);
                boolean lowOk = low < 0 || (low == 0 && even);
                if (high == 0 && even) {
                    // Exactly on the upper midpoint: round up unless the digit alone already
                    // lies inside the lower one.
                    return finish(out, low > 0 ? d + 1 : d);
                }
                if (lowOk) {
                    if (high > 0 && r.signum() != 0) {
                        // Both d and d+1 are short enough: take the closer, ties to even.
                        int c = r.shiftLeft(1).compareTo(s);
                        if (c > 0 || (c == 0 && (d & 1) == 1)) {
                            d++;
                        }
                    }
                    return finish(out, d);
                }
                if (high > 0) {
                    return finish(out, d + 1);
                }
                out.append((char) ('0' + d));
            }
        }

        /** Appends the last digit, carrying a 10 into the digits before it. */
        private DecimalDigits finish(StringBuilder out, int last) {
            int decpt = k;
            if (last < 10) {
                out.append((char) ('0' + last));
            } else {
                int i = out.length() - 1;
                while (i >= 0 && out.charAt(i) == '9') {
                    i--;
                }
                if (i < 0) {
                    out.setLength(0);
                    out.append('1');
                    decpt++;
                } else {
                    out.setCharAt(i, (char) (out.charAt(i) + 1));
                    out.setLength(i + 1);
                }
            }
            return fromUnscaled(out.toString(), out.length() - decpt);
        }
    }
}
