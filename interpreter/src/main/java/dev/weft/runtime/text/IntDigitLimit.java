// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/**
 * CPython 3.11's guard against quadratic-time int/str conversions: decimal (in fact any
 * non-power-of-two base) conversions of more than {@code sys.get_int_max_str_digits()} digits
 * raise ValueError. The limit is interpreter-wide, as in CPython; 0 disables it.
 */
public final class IntDigitLimit {
    /** CPython's default limit. */
    public static final int DEFAULT = 4300;
    /** The smallest non-zero limit CPython accepts. */
    public static final int THRESHOLD = 640;

    private static volatile int limit = DEFAULT;

    private IntDigitLimit() {
    }

    /** {@code sys.get_int_max_str_digits()}. */
    public static int get() {
        return limit;
    }

    /**
     * {@code sys.set_int_max_str_digits(n)}.
     *
     * @throws TextError ValueError when n is neither 0 nor at least {@link #THRESHOLD}
     */
    public static void set(int n) {
        if (n != 0 && n < THRESHOLD) {
            throw TextError.valueError("maxdigits must be 0 or larger than " + THRESHOLD);
        }
        limit = n;
    }

    /** Rejects an int → str conversion producing {@code digits} digits (sign excluded). */
    static void checkToStr(int digits) {
        int max = limit;
        if (max > 0 && digits > max) {
            throw TextError.valueError("Exceeds the limit (" + max + " digits) for integer "
                    + "string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** Rejects a str → int conversion reading {@code digits} digits. */
    static void checkToInt(int digits) {
        int max = limit;
        if (max > 0 && digits > max) {
            throw TextError.valueError("Exceeds the limit (" + max + " digits) for integer "
                    + "string conversion: value has " + digits + " digits; use "
                    + "sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** Decimal digits of a BigInteger, checked against the limit first. */
    static String decimal(java.math.BigInteger v) {
        // A quick bound first so an enormous value fails before the costly conversion:
        // bitLength * log10(2) undercounts digits by at most one.
        int max = limit;
        if (max > 0 && (long) ((v.bitLength() - 1) * 0.30102999566398120) >= max) {
            checkToStr(max + 1);
        }
        String s = v.abs().toString();
        checkToStr(s.length());
        return v.signum() < 0 ? "-" + s : s;
    }
}
