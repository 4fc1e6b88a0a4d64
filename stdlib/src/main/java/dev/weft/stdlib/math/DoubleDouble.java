// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

/**
 * Double-double arithmetic (a value is hi + lo with |lo| <= ulp(hi)/2, about 106 bits), for the
 * few functions glibc rounds correctly and Java does not: computing them to twice the precision
 * and rounding once gives the correctly rounded double, hence glibc's (and CPython's) answer.
 */
final class DoubleDouble {
    final double hi;
    final double lo;

    DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static final DoubleDouble INV_LN2 = new DoubleDouble(0x1.71547652b82fep+0,
            0x1.777d0ffda0d24p-56);

    /** Exact sum of two doubles. */
    static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new DoubleDouble(s, err);
    }

    private static DoubleDouble quick(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    DoubleDouble add(DoubleDouble o) {
        DoubleDouble s = twoSum(hi, o.hi);
        DoubleDouble t = twoSum(lo, o.lo);
        double c = s.lo + t.hi;
        DoubleDouble v = quick(s.hi, c);
        return quick(v.hi, t.lo + v.lo);
    }

    DoubleDouble add(double d) {
        DoubleDouble s = twoSum(hi, d);
        return quick(s.hi, s.lo + lo);
    }

    DoubleDouble mul(DoubleDouble o) {
        double p = hi * o.hi;
        double e = Math.fma(hi, o.hi, -p);
        e += hi * o.lo + lo * o.hi;
        return quick(p, e);
    }

    DoubleDouble mul(double d) {
        double p = hi * d;
        double e = Math.fma(hi, d, -p);
        e += lo * d;
        return quick(p, e);
    }

    DoubleDouble div(double d) {
        double q = hi / d;
        // remainder of hi + lo - q*d, exactly via fma
        double r = Math.fma(-q, d, hi) + lo;
        return quick(q, r / d);
    }

    double value() {
        return hi + lo;
    }

    /** exp(x) for |x| < 0.4 by a Horner-evaluated Taylor series, to about 2**-100. */
    static DoubleDouble expSmall(double x) {
        DoubleDouble p = new DoubleDouble(1.0, 0.0);
        for (int n = 24; n >= 1; n--) {
            p = p.mul(x).div(n).add(1.0);
        }
        return p;
    }

    /** The natural log of m in [sqrt(1/2), sqrt(2)), in double-double: one Newton step on exp. */
    static DoubleDouble logNearOne(double m) {
        double l0 = Math.log(m);
        DoubleDouble e = expSmall(l0);
        // m - e is exact in its leading part (Sterbenz), so d carries log's rounding error
        double d = ((m - e.hi) - e.lo) / e.hi;
        return quick(l0, d);
    }

    /** log2 of a positive finite double, correctly rounded. */
    static double log2(double x) {
        int e = Libm.frexpExponent(x);
        double m = Libm.frexpMantissa(x);
        if (m < 0.7071067811865476) {
            m *= 2.0;
            e -= 1;
        }
        DoubleDouble l = logNearOne(m).mul(INV_LN2);
        return l.add(e).value();
    }
}
