// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.stdlib.Args;
import java.util.Arrays;

/** fsum (exact summation), and hypot/dist (a correctly rounded vector norm). */
final class Sums {
    private Sums() {}

    /**
     * Shewchuk's exact summation as CPython's fsum does it: the running sum is a list of
     * non-overlapping partials whose exact total is the sum so far; the result is that total
     * rounded once, with a half-even fix-up across partials.
     */
    static double fsum(Fiber t, Object iterable) {
        Object it = Iter.iter(t, iterable);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (Object item = Iter.next(t, it); item != null; item = Iter.next(t, it)) {
            double x = Args.toDouble(t, item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double tmp = x;
                    x = y;
                    y = tmp;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // either overflow of finite summands or an inf/nan among them
                    if (Double.isFinite(xsave)) {
                        throw Errors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = Arrays.copyOf(p, 2 * n);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        return roundPartials(p, n);
    }

    private static double roundPartials(double[] p, int n) {
        double hi = 0.0;
        if (n == 0) {
            return hi;
        }
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // half-even rounding across partials: the rest may tip an exact tie
        if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }

    private static final double T27 = 134217729.0;

    /**
     * sqrt(sum(x*x)) for non-negative finite coordinates, as CPython's vector_norm computes it:
     * power-of-two scaling, exact squares by splitting each value into halves, compensated
     * summation, and one differential correction of the square root.
     */
    static double vectorNorm(double[] v, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = Libm.frexpExponent(max);
        if (maxE < -1023) {
            return tinyNorm(v, n, max);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = v[i] * scale;
            double tt = x * T27;
            double hi = tt - (tt - x);
            double lo = x - hi;
            x = hi * hi;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = 2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        double tt = h * T27;
        double hi = tt - (tt - h);
        double lo = h - hi;
        double x = -hi * hi;
        double old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = -2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        x = -lo * lo;
        old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }

    /** The norm when the scale factor itself would overflow: divide by the maximum instead. */
    private static double tinyNorm(double[] v, int n, double max) {
        double csum = 1.0;
        double frac = 0.0;
        for (int i = 0; i < n; i++) {
            double x = v[i] / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac);
    }

    static double hypot(Fiber t, Object[] args) {
        double[] v = new double[args.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < args.length; i++) {
            double x = Math.abs(Args.toDouble(t, args[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, v.length, max, nan);
    }

    static double dist(Fiber t, Object p, Object q) {
        Object[] ps = Iter.toArray(t, p);
        Object[] qs = Iter.toArray(t, q);
        if (ps.length != qs.length) {
            throw Errors.valueError("both points must have the same number of dimensions");
        }
        double[] v = new double[ps.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < ps.length; i++) {
            double x = Math.abs(Args.toDouble(t, ps[i]) - Args.toDouble(t, qs[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return vectorNorm(v, v.length, max, nan);
    }
}
