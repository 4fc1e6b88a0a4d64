// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Formatting;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.text.IntDigitLimit;
import dev.weft.runtime.text.TextError;

/** sys's view of the int/str conversion limit: get/set_int_max_str_digits, int_info, flags. */
final class IntDigits {
    private IntDigits() {}

    private static final Sig SET = Sig.of("set_int_max_str_digits(maxdigits)");

    static void populate(WeftDict d) {
        d.putStr("get_int_max_str_digits", WeftBuiltin.function("get_int_max_str_digits",
                (t, a, k) -> {
                    Sig.exactly("get_int_max_str_digits", a, k, 0);
                    return (long) IntDigitLimit.get();
                }));
        d.putStr("set_int_max_str_digits", WeftBuiltin.function("set_int_max_str_digits",
                IntDigits::set));
        // Weft's ints are not made of CPython's 30-bit digits; the fields say what CPython
        // would, so scripts that read them behave alike.
        d.putStr("int_info", StructSeq.make("sys", "int_info",
                new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                    "str_digits_check_threshold"},
                new Object[] {30L, 4L, (long) IntDigitLimit.DEFAULT,
                    (long) IntDigitLimit.THRESHOLD}));
        d.putStr("flags", flags());
    }

    /**
     * sys.flags, as a plain {@code python3} run has them; int_max_str_digits is -1 because
     * no -X option or environment variable set a limit.
     */
    private static Object flags() {
        String[] names = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
            "safe_path", "int_max_str_digits"};
        Object[] values = new Object[names.length];
        java.util.Arrays.fill(values, 0L);
        values[11] = 1L;
        values[13] = Boolean.FALSE;
        values[16] = Boolean.FALSE;
        values[17] = -1L;
        return StructSeq.make("sys", "flags", names, values);
    }

    private static Object set(Fiber t, Object[] a, String[] k) {
        Object n = SET.bind(a, k)[0];
        if (n instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long v = Protocols.index(t, n);
        try {
            IntDigitLimit.set((int) Math.max(Math.min(v, Integer.MAX_VALUE), -1));
        } catch (TextError e) {
            throw Formatting.toError(e);
        }
        return WeftNone.NONE;
    }
}
