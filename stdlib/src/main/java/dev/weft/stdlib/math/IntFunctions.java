// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Ops;
import dev.weft.stdlib.Args;
import java.math.BigInteger;

/** math's integer functions: factorial, gcd, lcm, isqrt, comb, perm, and prod. */
final class IntFunctions {
    private IntFunctions() {}

    static Object factorial(Fiber t, Object arg) {
        BigInteger n = IntOps.big(Args.toIndex(t, arg));
        if (n.signum() < 0) {
            throw Errors.valueError("factorial() not defined for negative values");
        }
        if (n.bitLength() > 31) {
            throw Errors.overflow("factorial() argument should not exceed "
                    + Long.MAX_VALUE);
        }
        return IntOps.norm(product(1, n.longValue()));
    }

    /** The product lo*(lo+1)*...*hi by binary splitting (balanced operands multiply fast). */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    static Object gcd(Fiber t, Object[] a, String[] k) {
        noKeywords("math.gcd", k);
        BigInteger r = BigInteger.ZERO;
        for (Object x : a) {
            r = r.gcd(IntOps.big(Args.toIndex(t, x)));
        }
        return IntOps.norm(r);
    }

    static Object lcm(Fiber t, Object[] a, String[] k) {
        noKeywords("math.lcm", k);
        BigInteger r = BigInteger.ONE;
        for (Object x : a) {
            BigInteger b = IntOps.big(Args.toIndex(t, x));
            if (r.signum() == 0 || b.signum() == 0) {
                r = BigInteger.ZERO;
                continue;
            }
            r = r.divide(r.gcd(b)).multiply(b).abs();
        }
        return IntOps.norm(r);
    }

    static void noKeywords(String name, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    static Object isqrt(Fiber t, Object arg) {
        BigInteger n = IntOps.big(Args.toIndex(t, arg));
        if (n.signum() < 0) {
            throw Errors.valueError("isqrt() argument must be nonnegative");
        }
        return IntOps.norm(n.sqrt());
    }

    static Object comb(Fiber t, Object[] a, String[] k) {
        dev.weft.stdlib.Args.positional("comb", a, k, 2, 2);
        BigInteger n = IntOps.big(Args.toIndex(t, a[0]));
        BigInteger r = IntOps.big(Args.toIndex(t, a[1]));
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (r.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (r.compareTo(n) > 0) {
            return 0L;
        }
        BigInteger nk = n.subtract(r);
        if (nk.compareTo(r) < 0) {
            r = nk;
        }
        return IntOps.norm(fallingProduct(n, r).divide(product(1, checkedLong(r))));
    }

    static Object perm(Fiber t, Object[] a, String[] k) {
        dev.weft.stdlib.Args.positional("perm", a, k, 1, 2);
        BigInteger n = IntOps.big(Args.toIndex(t, a[0]));
        if (a.length == 1 || a[1] == dev.weft.runtime.WeftNone.NONE) {
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            return IntOps.norm(product(1, checkedLong(n)));
        }
        BigInteger r = IntOps.big(Args.toIndex(t, a[1]));
        if (n.signum() < 0) {
            throw Errors.valueError("n must be a non-negative integer");
        }
        if (r.signum() < 0) {
            throw Errors.valueError("k must be a non-negative integer");
        }
        if (r.compareTo(n) > 0) {
            return 0L;
        }
        return IntOps.norm(fallingProduct(n, r));
    }

    /** n * (n-1) * ... * (n-k+1). */
    private static BigInteger fallingProduct(BigInteger n, BigInteger k) {
        long kk = checkedLong(k);
        if (n.bitLength() < 63) {
            long nn = n.longValue();
            return product(nn - kk + 1, nn);
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kk; i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }

    private static long checkedLong(BigInteger k) {
        if (k.bitLength() > 62) {
            throw Errors.overflow("k must not exceed " + Long.MAX_VALUE);
        }
        return k.longValue();
    }

    /** prod(iterable, *, start=1): left to right with the * operator. */
    static Object prod(Fiber t, Object iterable, Object start) {
        Object result = start == null ? (Object) 1L : start;
        Object it = Iter.iter(t, iterable);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            result = Ops.binary(t, Ops.MUL, result, v);
        }
        return result;
    }
}
