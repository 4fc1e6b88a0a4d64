// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigInteger;

/** {@code format(int, spec)}, i.e. {@code int.__format__}. */
public final class IntFormat {
    private IntFormat() {
    }

    /** {@code format(v, spec)} for an int held as a long. */
    public static String format(long v, String spec) {
        return format((Number) v, spec);
    }

    /** {@code format(v, spec)} for an int held as a BigInteger. */
    public static String format(BigInteger v, String spec) {
        return format((Number) v, spec);
    }

    /** {@code format(v, spec)} for a Long or BigInteger. */
    public static String format(Number v, String spec) {
        return format(v, spec, "int");
    }

    /**
     * Formats v as an int whose Python type is {@code typeName} (named in error messages, so
     * an int subclass can pass its own name); an empty spec gives {@code str(v)}.
     */
    public static String format(Number v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return IntParse.toString(v);
        }
        return format(v, FormatSpec.parse(spec, typeName, 'd', '>'), typeName);
    }

    static String format(Number v, FormatSpec spec, String typeName) {
        switch (spec.type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatInteger(IntValue.toBig(v), spec);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormat.format(IntValue.toDouble(v), spec, typeName);
            default:
                throw spec.unknownType(typeName);
        }
    }

    private static String formatInteger(BigInteger v, FormatSpec spec) {
        if (spec.precision >= 0) {
            throw TextError.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero) {
            throw TextError.valueError(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.type == 'c') {
            return formatChar(v, spec);
        }
        int base = spec.type == 'b' ? 2 : spec.type == 'o' ? 8
                : spec.type == 'x' || spec.type == 'X' ? 16 : 10;
        String digits = base == 10 ? IntDigitLimit.decimal(v.abs()) : v.abs().toString(base);
        String prefix = "";
        if (spec.alternate && base != 10) {
            prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        }
        if (spec.type == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        return NumberLayout.render(spec, v.signum() < 0, prefix, digits, false, "");
    }

    /** The 'c' type: the character with that code, padded like a number. */
    private static String formatChar(BigInteger v, FormatSpec spec) {
        if (spec.sign != 0) {
            throw TextError.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate) {
            throw TextError.valueError(
                    "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() > 63) {
            throw TextError.overflowError("Python int too large to convert to C long");
        }
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw TextError.overflowError("%c arg not in range(0x110000)");
        }
        String ch = new String(Character.toChars(v.intValue()));
        // Like CPython, the character is laid out as trailing text after no digits.
        return NumberLayout.render(spec, false, "", "", false, ch);
    }
}
