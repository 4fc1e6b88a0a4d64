// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

/**
 * Correctly rounded sin, cos and tan for arguments of moderate size (glibc rounds these
 * correctly; Java's intrinsics are off by an ulp now and then). Larger arguments use Java's.
 */
final class Trig {
    private Trig() {}

    static double sin(double x) {
        if (!(Math.abs(x) < InverseTrig.REDUCIBLE) || Math.abs(x) < 0x1p-26) {
            return Math.sin(x);
        }
        return InverseTrig.sinCos(x)[0].value();
    }

    static double cos(double x) {
        if (!(Math.abs(x) < InverseTrig.REDUCIBLE) || Math.abs(x) < 0x1p-27) {
            return Math.cos(x);
        }
        return InverseTrig.sinCos(x)[1].value();
    }

    static double tan(double x) {
        if (!(Math.abs(x) < InverseTrig.REDUCIBLE) || Math.abs(x) < 0x1p-27) {
            return Math.tan(x);
        }
        DoubleDouble[] sc = InverseTrig.sinCos(x);
        DoubleDouble s = sc[0];
        DoubleDouble c = sc[1];
        double q = s.hi / c.hi;
        // one correction step: (s - q*c) / c
        DoubleDouble rest = s.add(c.mul(-q));
        return DoubleDouble.twoSum(q, 0.0).add(rest.hi / c.hi).value();
    }
}
