// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Numbers;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;
import java.math.BigInteger;

/**
 * math's float functions with CPython's error rules: a NaN from a non-NaN argument is a
 * "math domain error" (ValueError); an infinity from finite arguments is a "math range error"
 * (OverflowError) where the function can overflow, else a domain error (a pole).
 */
final class FloatFunctions {
    private FloatFunctions() {}

    /** A C function of one double. */
    @FunctionalInterface
    interface Unary {
        double apply(double x);
    }

    /** A C function of two doubles. */
    @FunctionalInterface
    interface Binary {
        double apply(double x, double y);
    }

    /** CPython's math_1. */
    static Object unary(Fiber t, Object arg, Unary f, boolean canOverflow) {
        double x = Args.toDouble(t, arg);
        double r = f.apply(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Special.domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? Special.range() : Special.domain();
        }
        return r;
    }

    /** CPython's math_2. */
    static Object binary(Fiber t, String name, Object[] a, String[] k, Binary f) {
        Args.positional(name, a, k, 2, 2);
        double x = Args.toDouble(t, a[0]);
        double y = Args.toDouble(t, a[1]);
        double r = f.apply(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw Special.domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw Special.range();
        }
        return r;
    }

    /** atan2 with C99's special values decided here, as CPython's m_atan2 does. */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.25 * Math.PI
                        : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
        }
        return InverseTrig.atan2(y, x);
    }

    /** IEEE remainder: x - n*y for the nearest integer n, ties to even; always exact. */
    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double ax = Math.abs(x);
            double ay = Math.abs(y);
            double m = ax % ay;
            double c = ay - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (ax - m)) % ay);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        return Double.isInfinite(x) ? Double.NaN : x;
    }

    static Object fmod(Fiber t, Object[] a, String[] k) {
        Args.positional("fmod", a, k, 2, 2);
        double x = Args.toDouble(t, a[0]);
        double y = Args.toDouble(t, a[1]);
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw Special.domain();
        }
        return r;
    }

    static Object pow(Fiber t, Object[] a, String[] k) {
        Args.positional("pow", a, k, 2, 2);
        double x = Args.toDouble(t, a[0]);
        double y = Args.toDouble(t, a[1]);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return powSpecial(x, y);
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw Special.domain();
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? Special.domain() : Special.range();
        }
        return r;
    }

    private static double powSpecial(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0.0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0.0) {
                return oddY ? x : Math.abs(x);
            }
            return y == 0.0 ? 1.0 : oddY ? Math.copySign(0.0, x) : 0.0;
        }
        if (Math.abs(x) == 1.0) {
            return 1.0;
        }
        if (y > 0.0 && Math.abs(x) > 1.0) {
            return y;
        }
        return y < 0.0 && Math.abs(x) < 1.0 ? -y : 0.0;
    }

    /** floor or ceil: a float is rounded to an int; other types answer __floor__/__ceil__. */
    static Object round(Fiber t, Object x, String dunder, boolean up) {
        if (!(x instanceof Double)) {
            if (IntOps.isInt(x)) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            WeftType type = Types.of(x);
            Object f = type.isBuiltin() ? null : type.lookup(dunder);
            if (f != null) {
                return Calls.callDirect(t, f, x);
            }
        }
        double d = Args.toDouble(t, x);
        return Numbers.floatToInt(up ? Math.ceil(d) : Math.floor(d));
    }

    static Object trunc(Fiber t, Object x) {
        if (x instanceof Double d) {
            return Numbers.floatToInt(d);
        }
        if (IntOps.isInt(x)) {
            return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
        }
        WeftType type = Types.of(x);
        Object f = type.isBuiltin() ? null : type.lookup("__trunc__");
        if (f == null) {
            throw Errors.typeError("type " + type.name() + " doesn't define __trunc__ method");
        }
        return Calls.callDirect(t, f, x);
    }

    static WeftTuple frexp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return WeftTuple.of(x, 0L);
        }
        return WeftTuple.of(Libm.frexpMantissa(x), (long) Libm.frexpExponent(x));
    }

    static Object ldexp(Fiber t, Object[] a, String[] k) {
        Args.positional("ldexp", a, k, 2, 2);
        double x = Args.toDouble(t, a[0]);
        a[1] = dev.weft.runtime.ValueInstance.unwrap(a[1]);
        if (!IntOps.isInt(a[1])) {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        long e = IntOps.clampLong(a[1]);
        if (e > Integer.MAX_VALUE) {
            throw Special.range();
        }
        if (e < Integer.MIN_VALUE) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) Math.max(-4000, Math.min(4000, e)));
        if (Double.isInfinite(r)) {
            throw Special.range();
        }
        return r;
    }

    static WeftTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return WeftTuple.of(Math.copySign(0.0, x), x);
        }
        if (Double.isNaN(x)) {
            return WeftTuple.of(x, x);
        }
        double ip = x >= 0 ? Math.floor(x) : Math.ceil(x);
        return WeftTuple.of(Math.copySign(x - ip, x), Math.copySign(ip, x));
    }

    static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double up = Math.nextUp(x);
        return Double.isInfinite(up) ? x - Math.nextDown(x) : up - x;
    }

    static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    // ---- logarithms -----------------------------------------------------------------------

    static double log(double x) {
        if (Double.isFinite(x)) {
            return x > 0.0 ? Math.log(x) : x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
    }

    static double log2(double x) {
        if (Double.isFinite(x)) {
            return x > 0.0 ? DoubleDouble.log2(x) : x == 0.0 ? Double.NEGATIVE_INFINITY
                    : Double.NaN;
        }
        return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
    }

    static double log10(double x) {
        if (Double.isFinite(x)) {
            return x > 0.0 ? Libm.log10(x) : x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        return Double.isNaN(x) || x > 0.0 ? x : Double.NaN;
    }

    /** CPython's loghelper: ints of any size are handled exactly, others as floats. */
    static double logOf(Fiber t, Object x, Unary f) {
        if (x instanceof dev.weft.runtime.ValueInstance v && Types.of(x).lookup("__float__")
                == Types.of(v.value).lookup("__float__")) {
            x = v.value;
        }
        if (IntOps.isInt(x)) {
            BigInteger b = IntOps.big(x);
            if (b.signum() <= 0) {
                throw Special.domain();
            }
            double d = b.doubleValue();
            if (!Double.isInfinite(d)) {
                return f.apply(d);
            }
            // too big for a double: log(m * 2**e) = log(m) + e*log(2)
            long e = b.bitLength();
            double m = mantissa(b);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return f.apply(m) + f.apply(2.0) * e;
        }
        return (Double) unary(t, x, f, false);
    }

    /** b / 2**bitLength(b), correctly rounded (sticky bit for the discarded tail). */
    private static double mantissa(BigInteger b) {
        int shift = b.bitLength() - 55;
        long top = b.shiftRight(shift).longValue();
        if (b.getLowestSetBit() < shift) {
            top |= 1;
        }
        return Math.scalb((double) top, -55);
    }

    static Object logWithBase(Fiber t, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("math.log() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw Errors.typeError("math.log requires 1 to 2 arguments");
        }
        double num = logOf(t, a[0], FloatFunctions::log);
        if (a.length == 1) {
            return num;
        }
        double den = logOf(t, a[1], FloatFunctions::log);
        if (den == 0.0) {
            throw Errors.zeroDivision("float division by zero");
        }
        return num / den;
    }
}
