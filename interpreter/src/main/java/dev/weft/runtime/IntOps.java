// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.math.BigInteger;

/**
 * Python int arithmetic: {@code long} fast paths that overflow into {@link BigInteger}, and
 * results normalised back to {@link Long} whenever they fit. Booleans count as 0 and 1.
 */
public final class IntOps {
    private IntOps() {}

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** True for int values: Long, BigInteger and (as a subclass) Boolean. */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** A Long when {@code b} fits in one, else {@code b}. */
    public static Object norm(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    /** True when the int value fits a long (Long and Boolean always do). */
    public static boolean fitsLong(Object o) {
        return !(o instanceof BigInteger);
    }

    /** The value of a Long or Boolean. */
    public static long small(Object o) {
        return o instanceof Long l ? l : ((Boolean) o ? 1 : 0);
    }

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        }
        return r;
    }

    public static Object sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        }
        return r;
    }

    public static Object mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    }

    public static Object add(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return add(small(a), small(b));
        }
        return norm(big(a).add(big(b)));
    }

    public static Object sub(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return sub(small(a), small(b));
        }
        return norm(big(a).subtract(big(b)));
    }

    public static Object mul(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return mul(small(a), small(b));
        }
        return norm(big(a).multiply(big(b)));
    }

    public static Object floorDiv(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = small(a);
            long y = small(b);
            if (y == 0) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            if (x == Long.MIN_VALUE && y == -1) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.floorDiv(x, y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        return norm(floorDivBig(big(a), y));
    }

    private static BigInteger floorDivBig(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    public static Object mod(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long y = small(b);
            if (y == 0) {
                throw Errors.zeroDivision("integer modulo by zero");
            }
            return Math.floorMod(small(a), y);
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        BigInteger r = big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return norm(r);
    }

    /** Python's true division of ints: correctly rounded to a float. */
    public static double trueDiv(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = small(a);
            long y = small(b);
            if (y == 0) {
                throw Errors.zeroDivision("division by zero");
            }
            if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        BigInteger x = big(a);
        if (x.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0; // 0 / -big is -0.0, as for small ints
        }
        return BigRatio.divide(x, y);
    }

    public static Object pow(Object a, Object b) {
        BigInteger e = big(b);
        if (e.signum() < 0) {
            double base = toDouble(a);
            if (base == 0.0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Math.pow(base, e.doubleValue());
        }
        if (fitsLong(a)) {
            long x = small(a);
            if (x == 0 || x == 1) {
                return e.signum() == 0 ? 1L : x;
            }
            if (x == -1) {
                return e.testBit(0) ? -1L : 1L;
            }
        }
        if (e.bitLength() > 31) {
            throw Errors.of(ErrorTypes.MEMORY_ERROR, "");
        }
        int n = e.intValue();
        if (fitsLong(a)) {
            Object r = powSmall(small(a), n);
            if (r != null) {
                return r;
            }
        }
        return norm(big(a).pow(n));
    }

    private static Object powSmall(long base, int n) {
        long result = 1;
        long b = base;
        int k = n;
        while (k > 0) {
            if ((k & 1) != 0) {
                long hi = Math.multiplyHigh(result, b);
                long lo = result * b;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                    return null;
                }
                result = lo;
            }
            k >>= 1;
            if (k > 0) {
                long hi = Math.multiplyHigh(b, b);
                long lo = b * b;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                    return null;
                }
                b = lo;
            }
        }
        return result;
    }

    /** Three-argument pow. */
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger e = big(b);
        BigInteger base = big(a);
        BigInteger am = mod.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                r = base.modInverse(am).modPow(e.negate(), am);
            } catch (ArithmeticException ex) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = base.mod(am).modPow(e, am);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return norm(r);
    }

    public static Object neg(Object a) {
        if (fitsLong(a)) {
            long x = small(a);
            return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
        }
        return norm(big(a).negate());
    }

    public static Object invert(Object a) {
        if (fitsLong(a)) {
            return ~small(a);
        }
        return norm(big(a).not());
    }

    public static Object abs(Object a) {
        if (fitsLong(a)) {
            long x = small(a);
            return x >= 0 ? (Object) x : neg(x);
        }
        return norm(big(a).abs());
    }

    public static Object lshift(Object a, Object b) {
        BigInteger n = big(b);
        if (n.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (n.bitLength() > 31) {
            throw Errors.overflow("too many digits in integer");
        }
        int k = n.intValue();
        if (fitsLong(a)) {
            long x = small(a);
            if (x == 0) {
                return 0L;
            }
            if (k < 63 && (x << k) >> k == x) {
                return x << k;
            }
        }
        return norm(big(a).shiftLeft(k));
    }

    public static Object rshift(Object a, Object b) {
        BigInteger n = big(b);
        if (n.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (fitsLong(a)) {
            long x = small(a);
            return n.bitLength() > 6 ? (x < 0 ? -1L : 0L) : x >> Math.min(63, n.intValue());
        }
        if (n.bitLength() > 31) {
            return big(a).signum() < 0 ? -1L : 0L;
        }
        return norm(big(a).shiftRight(n.intValue()));
    }

    public static Object and(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return small(a) & small(b);
        }
        return norm(big(a).and(big(b)));
    }

    public static Object or(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return small(a) | small(b);
        }
        return norm(big(a).or(big(b)));
    }

    public static Object xor(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return small(a) ^ small(b);
        }
        return norm(big(a).xor(big(b)));
    }

    public static int compare(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return Long.compare(small(a), small(b));
        }
        return big(a).compareTo(big(b));
    }

    /** int to float, raising OverflowError when too large. */
    public static double toDouble(Object a) {
        if (fitsLong(a)) {
            return small(a);
        }
        double d = BigRatio.toDouble(big(a));
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    public static boolean isZero(Object a) {
        return fitsLong(a) ? small(a) == 0 : false;
    }

    /** The int as a Java int, or an OverflowError naming the C type as CPython does. */
    public static int toInt(Object a) {
        if (fitsLong(a)) {
            long x = small(a);
            if (x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) {
                return (int) x;
            }
        }
        throw Errors.overflow("Python int too large to convert to C int");
    }

    /** Clamps to a long (for indices: huge values behave as "very large"). */
    public static long clampLong(Object a) {
        if (fitsLong(a)) {
            return small(a);
        }
        BigInteger b = (BigInteger) a;
        return b.compareTo(LONG_MAX) > 0 ? Long.MAX_VALUE
                : b.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : b.longValue();
    }
}
