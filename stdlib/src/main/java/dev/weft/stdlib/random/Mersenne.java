// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.random;

import java.math.BigInteger;

/**
 * The Mersenne Twister MT19937 with CPython's seeding and derived outputs, so that a seeded
 * Weft program draws exactly the numbers CPython draws: {@link #seedWords} is init_by_array
 * over the seed's 32-bit words, {@link #random} combines 27 and 26 bits into a double, and
 * {@link #getrandbits} fills 32-bit words from the least significant end.
 */
public final class Mersenne {
    public static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** init_by_array: seeds from a key of 32-bit words (least significant word first). */
    public void seedWords(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = UPPER_MASK;
        index = N;
    }

    /** Seeds from a non-negative integer: its 32-bit words, at least one. */
    public void seed(BigInteger n) {
        int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        seedWords(key);
    }

    /** The next 32 random bits (as an unsigned value in an int). */
    public int next32() {
        if (index >= N) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        int kk = 0;
        int y;
        for (; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        index = 0;
    }

    /** A double in [0, 1) with 53 random bits. */
    public double random() {
        long a = (next32() >>> 5) & 0xffffffffL;
        long b = (next32() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** A non-negative int of k random bits; words are filled from the least significant. */
    public BigInteger getrandbits(int k) {
        if (k <= 32) {
            return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4];
        for (int w = 0; w < words; w++, k -= 32) {
            int r = next32();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = (words - 1 - w) * 4;
            bigEndian[at] = (byte) (r >>> 24);
            bigEndian[at + 1] = (byte) (r >>> 16);
            bigEndian[at + 2] = (byte) (r >>> 8);
            bigEndian[at + 3] = (byte) r;
        }
        return new BigInteger(1, bigEndian);
    }

    /** The state as CPython's getstate() gives it: 624 words, then the position. */
    public long[] state() {
        long[] s = new long[N + 1];
        for (int i = 0; i < N; i++) {
            s[i] = mt[i] & 0xffffffffL;
        }
        s[N] = index;
        return s;
    }

    public void setState(long[] words, int position) {
        for (int i = 0; i < N; i++) {
            mt[i] = (int) words[i];
        }
        index = position;
    }
}
