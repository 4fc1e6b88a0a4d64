// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

import dev.weft.runtime.Errors;

/**
 * gamma, lgamma, erf and erfc. CPython computes gamma and lgamma itself (a Lanczos
 * approximation with Boost's parameters), so following the same method gives its results;
 * erf and erfc come from the C library there, and here from the series and continued fraction
 * CPython falls back on without one (agreeing to within an ulp or two).
 */
final class Special {
    private Special() {}

    private static final double PI = Math.PI;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x(x+1)...(x+11) expanded. */
    private static final double[] DEN = {0.0, 39916800.0, 120543840.0, 150917976.0,
        105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};

    /** gamma(n) = (n-1)! for n = 1..23, each correctly rounded. */
    private static final double[] GAMMA_INTEGRAL = new double[23];

    static {
        java.math.BigInteger f = java.math.BigInteger.ONE;
        for (int n = 1; n <= GAMMA_INTEGRAL.length; n++) {
            GAMMA_INTEGRAL[n - 1] = f.doubleValue();
            f = f.multiply(java.math.BigInteger.valueOf(n));
        }
    }

    /** Lanczos' sum for x > 0, as a rational function (in 1/x for large x, against overflow). */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x), accurate near integers (for the reflection formula). */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(PI * y);
            case 1 -> Math.cos(PI * (y - 0.5));
            case 2 -> Math.sin(PI * (1.0 - y));
            case 3 -> -Math.cos(PI * (y - 1.5));
            default -> Math.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x == Math.floor(x) && x <= 0.0) {
            throw domain();
        }
        if (x == Math.floor(x) && x <= GAMMA_INTEGRAL.length) {
            return GAMMA_INTEGRAL[(int) x - 1];
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw range();
            }
            return r;
        }
        if (ax > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinPi(x);
            }
            throw range();
        }
        double y = ax + LANCZOS_G_MINUS_HALF;
        // the rounding error in y, fed back below as a correction factor
        double z = ax > LANCZOS_G_MINUS_HALF ? (y - ax) - LANCZOS_G_MINUS_HALF
                : (y - LANCZOS_G_MINUS_HALF) - ax;
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinPi(ax) / ax * Math.exp(y) / lanczosSum(ax);
            r -= z * r;
            if (ax < 140.0) {
                r /= Math.pow(y, ax - 0.5);
            } else {
                double sqrtpow = Math.pow(y, ax / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(ax) / Math.exp(y);
            r += z * r;
            if (ax < 140.0) {
                r *= Math.pow(y, ax - 0.5);
            } else {
                double sqrtpow = Math.pow(y, ax / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw domain();
            }
            return 0.0;
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            return -Math.log(ax);
        }
        double r = Math.log(lanczosSum(ax)) - LANCZOS_G;
        r += (ax - 0.5) * (Math.log(ax + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinPi(ax))) - Math.log(ax) - r;
        }
        if (Double.isInfinite(r)) {
            throw range();
        }
        return r;
    }

    private static final double ERF_SERIES_CUTOFF = 1.5;
    private static final int ERF_SERIES_TERMS = 25;
    private static final double ERFC_CONTFRAC_CUTOFF = 30.0;
    private static final int ERFC_CONTFRAC_TERMS = 50;

    /** erf by its power series, for small |x|. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = ERF_SERIES_TERMS + 0.5;
        for (int i = 0; i < ERF_SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    /** erfc by a continued fraction, for positive x away from zero. */
    private static double erfcContfrac(double x) {
        if (x >= ERFC_CONTFRAC_CUTOFF) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double tp = p;
            p = b * p - a * pLast;
            pLast = tp;
            double tq = q;
            q = b * q - a * qLast;
            qLast = tq;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < ERF_SERIES_CUTOFF) {
            return erfSeries(x);
        }
        double cf = erfcContfrac(ax);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < ERF_SERIES_CUTOFF) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContfrac(ax);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    static RuntimeException domain() {
        return Errors.valueError("math domain error");
    }

    static RuntimeException range() {
        return Errors.overflow("math range error");
    }
}
