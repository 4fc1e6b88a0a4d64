// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

/**
 * The C library functions Java lacks or computes differently from glibc, which is what CPython
 * calls on Linux. glibc's hyperbolic functions and log10 follow the classic fdlibm reductions
 * on top of its exp, log, expm1 and log1p; Java's {@code Math.exp}/{@code Math.log} and
 * {@code StrictMath.expm1}/{@code StrictMath.log1p} round like glibc's, so building the same
 * reductions on them reproduces CPython's results bit for bit in nearly every case.
 */
final class Libm {
    private Libm() {}

    private static final double LN2 = 0.6931471805599453;
    /** 2**28: beyond it, x and sqrt(x*x+1) agree to double precision. */
    private static final double TWO28 = 268435456.0;
    /** 2**-28: below it, the inverse hyperbolic functions equal their argument. */
    private static final double TWO_M28 = 3.725290298461914e-9;
    /** log(Double.MAX_VALUE): exp overflows above it. */
    private static final double LOG_MAX = 709.782712893384;
    /** The largest x for which cosh(x) and |sinh(x)| are finite. */
    private static final double OVERFLOW = 710.4758600739439;

    static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < TWO_M28) {
                return x;
            }
            double t = StrictMath.expm1(ax);
            if (ax < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ax < LOG_MAX) {
            return h * Math.exp(ax);
        }
        if (ax <= OVERFLOW) {
            // exp(ax) alone would overflow: square half of it
            double w = Math.exp(0.5 * ax);
            return h * w * w;
        }
        return x * 1e308;
    }

    static double cosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0.5 * LN2) {
            double t = StrictMath.expm1(ax);
            double w = 1.0 + t;
            if (ax < 0x1p-55) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < LOG_MAX) {
            return 0.5 * Math.exp(ax);
        }
        if (ax <= OVERFLOW) {
            double w = Math.exp(0.5 * ax);
            return 0.5 * w * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < TWO_M28) {
            return x;
        }
        double w;
        if (ax > TWO28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = StrictMath.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x > 0 ? w : -w;
    }

    static double acosh(double x) {
        if (Double.isNaN(x) || x < 1.0) {
            return Double.NaN;
        }
        if (x >= TWO28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1.0) {
            return Double.NaN;
        }
        if (ax == 1.0) {
            return x / 0.0;
        }
        if (ax < TWO_M28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * StrictMath.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * StrictMath.log1p((ax + ax) / (1.0 - ax));
        }
        return x >= 0 ? t : -t;
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** log10 for positive finite x: split off the binary exponent, scale log of the rest. */
    static double log10(double x) {
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            k = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        k += (hx >> 20) - 1023;
        int i = k < 0 ? 1 : 0;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(x);
        return z + y * LOG10_2HI;
    }

    /** log2 for positive finite x: exact for powers of two, monotonic elsewhere. */
    static double log2(double x) {
        int e = Math.getExponent(x);
        if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) {
            return e;
        }
        double m = frexpMantissa(x);
        int ex = frexpExponent(x);
        if (x >= 1.0) {
            return Math.log(2.0 * m) / LN2 + (ex - 1);
        }
        return Math.log(m) / LN2 + ex;
    }

    /** frexp's mantissa in [0.5, 1) for finite nonzero x. */
    static double frexpMantissa(double x) {
        return Math.scalb(x, -frexpExponent(x));
    }

    /** frexp's exponent: x == m * 2**e with 0.5 <= |m| < 1. */
    static int frexpExponent(double x) {
        if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return 0;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            // subnormal: normalise first
            return Math.getExponent(x * 0x1p54) - 54 + 1;
        }
        return e + 1;
    }
}
