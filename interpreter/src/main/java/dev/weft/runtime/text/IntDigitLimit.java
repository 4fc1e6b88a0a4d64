// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/**
 * CPython 3.11's guard against quadratic-time int/str conversions: decimal (in fact any
 * non-power-of-two base) conversions of more than {@code sys.get_int_max_str_digits()} digits
 * raise ValueError. Each interpreter has its own limit (CPython's is per interpreter too);
 * 0 disables it.
 */
public final class IntDigitLimit {
    /** CPython's default limit. */
    public static final int DEFAULT = 4300;
    /** The smallest non-zero limit CPython accepts. */
    public static final int THRESHOLD = 640;

    /**
     * One interpreter's limit. Each interpreter has its own (a script raising it must not
     * change another's); the thread running an interpreter's code binds it with
     * {@link #bind}. Threads with none bound share a process-wide one.
     */
    public static final class Setting {
        private volatile int value = DEFAULT;
    }

    private static final Setting SHARED = new Setting();
    private static final ThreadLocal<Setting> BOUND = new ThreadLocal<>();

    private IntDigitLimit() {
    }

    /** Makes {@code s} the limit for conversions on this thread from now on. */
    public static void bind(Setting s) {
        BOUND.set(s);
    }

    private static Setting current() {
        Setting s = BOUND.get();
        return s != null ? s : SHARED;
    }

    /** {@code sys.get_int_max_str_digits()}. */
    public static int get() {
        return current().value;
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
        current().value = n;
    }

    /** Rejects an int → str conversion producing {@code digits} digits (sign excluded). */
    static void checkToStr(int digits) {
        int max = get();
        if (max > 0 && digits > max) {
            throw TextError.valueError("Exceeds the limit (" + max + " digits) for integer "
                    + "string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** Rejects a str → int conversion reading {@code digits} digits. */
    static void checkToInt(int digits) {
        int max = get();
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
        int max = get();
        if (max > 0 && (long) ((v.bitLength() - 1) * 0.30102999566398120) >= max) {
            checkToStr(max + 1);
        }
        String s = v.abs().toString();
        checkToStr(s.length());
        return v.signum() < 0 ? "-" + s : s;
    }
}
