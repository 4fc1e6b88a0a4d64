// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.random;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Hashing;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;
import dev.weft.stdlib.JavaClass;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The {@code _random} module: the generator core that {@code random.Random} (written in Weft,
 * as CPython's is in Python) builds its distributions on. Its class offers what CPython's C
 * type offers: random, seed, getrandbits, getstate and setstate.
 */
public final class RandomModule {
    private RandomModule() {}

    public static final WeftType RANDOM = JavaClass.make("_random", "Random", Types.OBJECT);
    private static final SecureRandom ENTROPY = new SecureRandom();

    static {
        JavaClass.constructor(RANDOM, (t, a, k) -> {
            WeftType cls = (WeftType) a[0];
            if (cls == RANDOM && k != null && k.length > 0) {
                throw Errors.typeError("Random() takes no keyword arguments");
            }
            return new Generator(cls);
        });
        JavaClass.method(RANDOM, "__init__", RandomModule::init);
        JavaClass.method(RANDOM, "random", (t, a, k) -> {
            noArgs("Random.random", a, k);
            return self(a).mt.random();
        });
        JavaClass.method(RANDOM, "seed", (t, a, k) -> {
            Args.positional("seed", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, 1);
            seed(t, self(a), a.length > 1 ? a[1] : WeftNone.NONE);
            return WeftNone.NONE;
        });
        JavaClass.method(RANDOM, "getrandbits", (t, a, k) -> {
            Object n = Args.one("Random.getrandbits", java.util.Arrays.copyOfRange(a, 1,
                    a.length), k);
            return getrandbits(self(a), Args.toIndex(t, n));
        });
        JavaClass.method(RANDOM, "_randbelow", RandomModule::randbelow);
        JavaClass.method(RANDOM, "getstate", (t, a, k) -> {
            noArgs("Random.getstate", a, k);
            long[] s = self(a).mt.state();
            Object[] items = new Object[s.length];
            for (int i = 0; i < s.length; i++) {
                items[i] = s[i];
            }
            return WeftTuple.of(items);
        });
        JavaClass.method(RANDOM, "setstate", (t, a, k) -> {
            setstate(self(a), Args.one("Random.setstate", java.util.Arrays.copyOfRange(a, 1,
                    a.length), k));
            return WeftNone.NONE;
        });
    }

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("Random", RANDOM);
        d.putStr("_seed_bytes", WeftBuiltin.function("_seed_bytes", (t, a, k) -> {
            Args.positional("_seed_bytes", a, k, 1, 1);
            return IntOps.norm(seedFromBytes(((WeftBytes) a[0]).data()));
        }));
        d.putStr("_from_bytes", WeftBuiltin.function("_from_bytes", (t, a, k) ->
                IntOps.norm(new BigInteger(1, ((WeftBytes) a[0]).data()))));
        d.putStr("_to_bytes_le", WeftBuiltin.function("_to_bytes_le", (t, a, k) -> {
            int n = (int) IntOps.small(Args.toIndex(t, a[1]));
            byte[] big = IntOps.big(a[0]).toByteArray();
            byte[] out = new byte[n];
            for (int i = 0; i < n && i < big.length; i++) {
                out[i] = big[big.length - 1 - i];
            }
            return new WeftBytes(out);
        }));
        d.putStr("_urandom", WeftBuiltin.function("_urandom", (t, a, k) -> {
            Args.positional("_urandom", a, k, 1, 1);
            byte[] b = new byte[(int) IntOps.small(Args.toIndex(t, a[0]))];
            ENTROPY.nextBytes(b);
            return new WeftBytes(b);
        }));
    }

    /** An instance: the generator state, and attributes when it is a subclass's instance. */
    static final class Generator implements dev.weft.runtime.WeftObject,
            dev.weft.runtime.HasDict {
        final Mersenne mt = new Mersenne();
        private final WeftType type;
        private WeftDict attrs;

        Generator(WeftType type) {
            this.type = type;
            mt.seedWords(new int[] {0});
        }

        @Override
        public WeftType type() {
            return type;
        }

        @Override
        public WeftDict dict() {
            if (attrs == null) {
                attrs = new WeftDict();
            }
            return attrs;
        }

        @Override
        public boolean hasInstanceDict() {
            return type != RANDOM;
        }
    }

    private static Generator self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof Generator g)) {
            throw Errors.typeError("descriptor requires a '_random.Random' object");
        }
        return g;
    }

    private static void noArgs(String name, Object[] a, String[] k) {
        if (a.length != 1 || k != null && k.length > 0) {
            throw Errors.typeError(name + "() takes no arguments (" + (a.length - 1)
                    + " given)");
        }
    }

    private static Object init(Fiber t, Object[] a, String[] k) {
        Generator g = self(a);
        if (k != null && k.length > 0) {
            throw Errors.typeError("Random() takes no keyword arguments");
        }
        if (a.length > 2) {
            throw Errors.typeError("Random() requires 0 or 1 argument");
        }
        seed(t, g, a.length == 2 ? a[1] : WeftNone.NONE);
        return WeftNone.NONE;
    }

    /** CPython's random_seed: an int's absolute value, another value's hash as unsigned. */
    static void seed(Fiber t, Generator g, Object arg) {
        if (arg == WeftNone.NONE) {
            int[] key = new int[Mersenne.N];
            for (int i = 0; i < key.length; i++) {
                key[i] = ENTROPY.nextInt();
            }
            g.mt.seedWords(key);
            return;
        }
        BigInteger n;
        arg = dev.weft.runtime.ValueInstance.unwrap(arg);
        if (IntOps.isInt(arg)) {
            n = IntOps.big(arg).abs();
        } else {
            long h = Hashing.pyHash(t, arg);
            n = new BigInteger(Long.toUnsignedString(h));
        }
        g.mt.seed(n);
    }

    /**
     * A random int in [0, n): draws of bit_length(n) bits until one is below n (CPython's
     * _randbelow_with_getrandbits). A class with its own getrandbits is asked for the bits.
     */
    private static Object randbelow(Fiber t, Object[] a, String[] k) {
        Generator g = self(a);
        Object n = a[1];
        int bits = IntOps.big(n).bitLength();
        Object own = g.type().lookup("getrandbits");
        boolean direct = own == RANDOM.lookup("getrandbits");
        Object getrandbits = direct ? null : dev.weft.runtime.Attrs.get(t, g, "getrandbits");
        if (direct && n instanceof Long limit && bits <= 32) {
            long r = bits == 0 ? 0 : (g.mt.next32() & 0xffffffffL) >>> (32 - bits);
            while (r >= limit) {
                r = (g.mt.next32() & 0xffffffffL) >>> (32 - bits);
            }
            return r;
        }
        while (true) {
            Object r = direct ? getrandbits(g, (long) bits)
                    : dev.weft.runtime.Calls.callDirect(t, getrandbits, (long) bits);
            if (dev.weft.runtime.Compare.test(t, dev.weft.runtime.Compare.LT, r, n)) {
                return r;
            }
        }
    }

    private static Object getrandbits(Generator g, Object kObj) {
        if (IntOps.big(kObj).signum() < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        int k = IntOps.toInt(kObj);
        if (k == 0) {
            return 0L;
        }
        return IntOps.norm(g.mt.getrandbits(k));
    }

    private static void setstate(Generator g, Object state) {
        if (!(state instanceof WeftTuple tu)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        if (tu.size() != Mersenne.N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        long[] words = new long[Mersenne.N];
        for (int i = 0; i < Mersenne.N; i++) {
            words[i] = unsigned(tu.get(i));
        }
        long index = IntOps.clampLong(tu.get(Mersenne.N));
        if (index < 0 || index > Mersenne.N) {
            throw Errors.valueError("invalid state");
        }
        g.mt.setState(words, (int) index);
    }

    private static long unsigned(Object o) {
        o = dev.weft.runtime.ValueInstance.unwrap(o);
        if (!IntOps.isInt(o)) {
            throw Errors.typeError("an integer is required");
        }
        BigInteger b = IntOps.big(o);
        if (b.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        return b.longValue() & 0xffffffffL;
    }

    /** Version 2 seeding of str and bytes: int.from_bytes(b + sha512(b).digest()). */
    static BigInteger seedFromBytes(byte[] b) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(b);
            byte[] all = new byte[b.length + digest.length];
            System.arraycopy(b, 0, all, 0, b.length);
            System.arraycopy(digest, 0, all, b.length, digest.length);
            return new BigInteger(1, all);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java platform", e);
        }
    }
}
