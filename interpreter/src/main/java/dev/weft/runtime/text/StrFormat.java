// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/** {@code format(str, spec)}, i.e. {@code str.__format__}. */
public final class StrFormat {
    private StrFormat() {
    }

    /** {@code format(s, spec)}: truncation to the precision, then padding to the width. */
    public static String format(String s, String spec) {
        return format(s, spec, "str");
    }

    /** As {@link #format(String, String)}, naming {@code typeName} in error messages. */
    public static String format(String s, String spec, String typeName) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec fs = FormatSpec.parse(spec, typeName, 's', '<');
        if (fs.type != 's') {
            throw fs.unknownType(typeName);
        }
        check(fs);
        return pad(s, fs);
    }

    /** The options that mean nothing for text are errors, checked in CPython's order. */
    private static void check(FormatSpec fs) {
        if (fs.sign == ' ') {
            throw TextError.valueError("Space not allowed in string format specifier");
        }
        if (fs.sign != 0) {
            throw TextError.valueError("Sign not allowed in string format specifier");
        }
        if (fs.noNegZero) {
            throw TextError.valueError(
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (fs.alternate) {
            throw TextError.valueError(
                    "Alternate form (#) not allowed in string format specifier");
        }
        if (fs.align == '=') {
            throw TextError.valueError(
                    "'=' alignment not allowed in string format specifier");
        }
    }

    /** Lengths count code points, as Python's do. */
    private static String pad(String s, FormatSpec fs) {
        int length = s.codePointCount(0, s.length());
        if (fs.precision >= 0 && length > fs.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, (int) fs.precision));
            length = (int) fs.precision;
        }
        if (fs.width > Integer.MAX_VALUE - 64) {
            throw new TextError("MemoryError", "");
        }
        int padding = (int) Math.max(0, fs.width - length);
        int left = fs.align == '>' ? padding : fs.align == '^' ? padding / 2 : 0;
        StringBuilder out = new StringBuilder(s.length() + padding);
        NumberLayout.pad(out, fs.fill, left);
        out.append(s);
        NumberLayout.pad(out, fs.fill, padding - left);
        return out.toString();
    }
}
