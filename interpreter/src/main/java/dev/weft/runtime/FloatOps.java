// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** Python float arithmetic where it differs from Java's: division, modulo and power. */
public final class FloatOps {
    private FloatOps() {}

    /** A float operand: a float itself or an int converted (OverflowError when too large). */
    public static boolean isNumber(Object o) {
        return o instanceof Double || IntOps.isInt(o);
    }

    public static double toDouble(Object o) {
        return o instanceof Double d ? d : IntOps.toDouble(o);
    }

    public static double div(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float division by zero");
        }
        return a / b;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivision("float modulo");
        }
        return divmod(a, b)[1];
    }

    /** CPython's float_divmod: the floor quotient and a remainder with the divisor's sign. */
    public static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    public static Object pow(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        // C99 rules, as CPython's float_pow: 1**y is 1 even for nan/inf y; (-1)**±inf is 1.
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
            return 1.0;
        }
        if (x == 0.0 && y < 0.0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0.0 && y != Math.rint(y) && !Double.isInfinite(y)) {
            return WeftComplex.pow(new WeftComplex(x, 0.0), new WeftComplex(y, 0.0));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw Errors.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }
}
