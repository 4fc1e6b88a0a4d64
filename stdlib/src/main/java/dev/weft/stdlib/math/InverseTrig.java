// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

/**
 * Correctly rounded atan, atan2, asin and acos, as glibc computes them (and so CPython on
 * Linux). Java's results are within an ulp; one Newton step in double-double arithmetic from
 * Java's answer, using sine and cosine evaluated to about 106 bits, finds the nearest double.
 */
final class InverseTrig {
    private InverseTrig() {}

    private static final double PIO2_HI = 0x1.921fb54442d18p+0;
    private static final double PIO2_LO = 0x1.1a62633145c07p-54;
    private static final double PIO2_LO2 = -0x1.f1976b7ed8fbcp-110;
    /** Below this, reducing by k*pi/2 with a three-part pi/2 keeps about 106 bits. */
    static final double REDUCIBLE = 0x1p20;

    /** sin and cos of y (|y| < REDUCIBLE), each as a double-double. */
    static DoubleDouble[] sinCos(double y) {
        long k = Math.round(y / PIO2_HI);
        // r = y - k*pi/2, each product split exactly with fma
        double p1 = -k * PIO2_HI;
        double e1 = Math.fma(-k, PIO2_HI, -p1);
        double p2 = -k * PIO2_LO;
        double e2 = Math.fma(-k, PIO2_LO, -p2);
        DoubleDouble r = DoubleDouble.twoSum(y, p1).add(DoubleDouble.twoSum(p2, e1))
                .add(e2 - k * PIO2_LO2);
        DoubleDouble r2 = r.mul(r);
        DoubleDouble s = new DoubleDouble(1.0, 0.0);
        DoubleDouble c = new DoubleDouble(1.0, 0.0);
        // Horner: sin r = r(1 - r2/(2*3)(1 - r2/(4*5)(...))), cos r = 1 - r2/(1*2)(1 - ...)
        for (int n = 26; n >= 2; n -= 2) {
            s = s.mul(r2).div(-(double) n * (n + 1)).add(1.0);
            c = c.mul(r2).div(-(double) (n - 1) * n).add(1.0);
        }
        s = s.mul(r);
        int q = (int) (k & 3);
        DoubleDouble neg1 = new DoubleDouble(-1.0, 0.0);
        return switch (q) {
            case 0 -> new DoubleDouble[] {s, c};
            case 1 -> new DoubleDouble[] {c, s.mul(neg1)};
            case 2 -> new DoubleDouble[] {s.mul(neg1), c.mul(neg1)};
            default -> new DoubleDouble[] {c.mul(neg1), s};
        };
    }

    /** y0 plus a tiny correction, rounded once. */
    private static double refine(double y0, double num, double den) {
        if (den == 0.0 || !Double.isFinite(num / den)) {
            return y0;
        }
        return DoubleDouble.twoSum(y0, 0.0).add(num / den).value();
    }

    static double atan(double x) {
        double y0 = Math.atan(x);
        if (!Double.isFinite(x) || Math.abs(x) < 0x1p-27 || Math.abs(x) > 0x1p60) {
            return y0;
        }
        DoubleDouble[] sc = sinCos(y0);
        // atan(x) - y0 ~ (x cos y0 - sin y0) / (cos y0 + x sin y0)
        DoubleDouble num = sc[1].mul(x).add(sc[0].mul(-1.0));
        DoubleDouble den = sc[1].add(sc[0].mul(x));
        return refine(y0, num.value(), den.value());
    }

    static double atan2(double y, double x) {
        double z0 = Math.atan2(y, x);
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0.0 || y == 0.0
                || z0 == 0.0 || Math.abs(z0) < 0x1p-900) {
            return z0;
        }
        // scale the point to avoid overflow or underflow in the products
        int e = Math.max(Math.getExponent(x), Math.getExponent(y));
        double xs = Math.scalb(x, -e);
        double ys = Math.scalb(y, -e);
        DoubleDouble[] sc = sinCos(z0);
        DoubleDouble num = sc[1].mul(ys).add(sc[0].mul(-xs));
        DoubleDouble den = sc[1].mul(xs).add(sc[0].mul(ys));
        return refine(z0, num.value(), den.value());
    }

    static double asin(double x) {
        double y0 = Math.asin(x);
        if (Double.isNaN(y0) || Math.abs(x) < 0x1p-26 || Math.abs(x) == 1.0) {
            return y0;
        }
        DoubleDouble[] sc = sinCos(y0);
        // asin(x) - y0 ~ (x - sin y0) / cos y0
        DoubleDouble num = sc[0].mul(-1.0).add(x);
        return refine(y0, num.value(), sc[1].value());
    }

    static double acos(double x) {
        double y0 = Math.acos(x);
        if (Double.isNaN(y0) || Math.abs(x) == 1.0) {
            return y0;
        }
        DoubleDouble[] sc = sinCos(y0);
        // acos(x) - y0 ~ (cos y0 - x) / sin y0
        DoubleDouble num = sc[1].add(-x);
        return refine(y0, num.value(), sc[0].value());
    }
}
