// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.runtime.text.FloatRepr;
import dev.weft.runtime.text.IntParse;
import dev.weft.runtime.text.TextError;
import java.math.BigInteger;

/** Conversions between the numeric types, as int() and float() perform them. */
public final class Numbers {
    private Numbers() {}

    /** {@code int(x)} for a float: truncation toward zero. */
    public static Object floatToInt(double d) {
        try {
            Number n = FloatRepr.toInt(d);
            return n instanceof BigInteger b ? IntOps.norm(b) : (Object) n.longValue();
        } catch (TextError e) {
            throw Formatting.toError(e);
        }
    }

    /** {@code str(b)}, refused past sys.get_int_max_str_digits() digits as in CPython. */
    public static String decimal(BigInteger b) {
        try {
            return IntParse.toString(b);
        } catch (TextError e) {
            throw Formatting.toError(e);
        }
    }

    /** A text-package number (Long or BigInteger, maybe Integer) as a script int. */
    public static Object fromNumber(Number n) {
        if (n instanceof BigInteger b) {
            return IntOps.norm(b);
        }
        return n.longValue();
    }
}
