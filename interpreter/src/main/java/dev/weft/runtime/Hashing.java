// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.math.BigInteger;

/**
 * Python's {@code hash()} and dict-key equality. Numbers hash as CPython does (equal ints and
 * floats hash alike, modulo 2^61-1); strings use Java's cached hash (CPython's is randomised).
 */
public final class Hashing {
    private Hashing() {}

    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    /** The hash folded to an int, for hash tables. */
    public static int hash(Fiber t, Object o) {
        if (o instanceof String s) {
            return s.hashCode();
        }
        long h = pyHash(t, o);
        if (o instanceof ValueInstance v && v.value instanceof String) {
            // A str subclass lands where the equal str does (its hash is the Java one).
            return (int) h;
        }
        return (int) (h ^ (h >>> 32));
    }

    /** The value {@code hash(o)} returns. */
    public static long pyHash(Fiber t, Object o) {
        if (o instanceof String s) {
            return s.hashCode();
        }
        if (o instanceof Long l) {
            return hashLong(l);
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            return hashDouble(d);
        }
        if (o instanceof BigInteger b) {
            return hashBig(b);
        }
        if (o instanceof WeftTuple tu && tu.exact()) {
            return hashTuple(t, tu);
        }
        return hashObject(t, o);
    }

    public static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            return hashBig(BigInteger.valueOf(v));
        }
        long h = Math.abs(v) % MODULUS;
        h = v < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    public static long hashBig(BigInteger b) {
        long h = b.abs().mod(BIG_MODULUS).longValue();
        h = b.signum() < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }

    /** CPython's {@code _Py_HashDouble}: equal to the int hash for integral values. */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return hashLong((long) v);
        }
        // |v| == m * 2^e exactly, with m < 1 (normalised except for subnormals, which is fine).
        int e = Math.getExponent(v) + 1;
        double m = Math.scalb(Math.abs(v), -e);
        long x = 0;
        while (m != 0.0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    /** CPython's xxHash-based tuple hash. */
    public static long hashTuple(Fiber t, WeftTuple tu) {
        final long prime1 = -7046029288634856825L;
        final long prime2 = -4417276706812531889L;
        final long prime5 = 2870177450012600261L;
        long acc = prime5;
        for (Object item : tu.items()) {
            long lane = pyHash(t, item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += tu.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    private static long hashObject(Fiber t, Object o) {
        if (o instanceof WeftList l && l.exact() || o instanceof WeftDict d && d.exact()
                || o instanceof WeftSet s && s.exact() && !s.isFrozen()
                || o instanceof WeftBytes b && b.isMutable() || ViewOps.isSetLike(o)) {
            throw unhashable(o);
        }
        WeftType type = Types.of(o);
        if (!type.isBuiltin()) {
            Object f = type.lookup("__hash__");
            if (f == WeftNone.NONE) {
                throw unhashable(o);
            }
            if (f != null && f != ObjectMethods.HASH) {
                Object r = Calls.callDirect(t, f, o);
                if (!IntOps.isInt(r)) {
                    throw Errors.typeError("__hash__ method should return an integer");
                }
                return r instanceof BigInteger b ? hashBig(b) : IntOps.small(r);
            }
        }
        if (o instanceof WeftSet s && s.exact()) {
            return SetOps.hashFrozen(t, s);
        }
        if (o instanceof WeftBytes b) {
            return b.hashCode();
        }
        if (o instanceof WeftRange r) {
            return r.pyHash(t);
        }
        if (o instanceof ComparedByValue v) {
            return v.pyHash(t);
        }
        if (o instanceof WeftComplex c) {
            long h = hashDouble(c.real) + 1000003L * hashDouble(c.imag);
            return h == -1 ? -2 : h;
        }
        return identity(o);
    }

    /** The default hash of an object: stable for its lifetime. */
    public static long identity(Object o) {
        return System.identityHashCode(o);
    }

    public static WeftError unhashable(Object o) {
        return Errors.typeError("unhashable type: '" + Types.name(o) + "'");
    }

    /** Dict-key equality: identity, then {@code ==}. */
    public static boolean keyEquals(Fiber t, Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String x && b instanceof String) {
            return x.equals(b);
        }
        return Compare.eq(t, a, b);
    }
}
