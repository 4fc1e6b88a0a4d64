// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

/**
 * Lays out a formatted number under a {@link FormatSpec}, as CPython's format() does for int
 * and float alike:
 *
 * <pre>[left pad][sign][prefix][sign pad][grouped digits][.][remainder][right pad]</pre>
 *
 * With the 0 flag (fill '0' and '=' alignment) the padding becomes leading zeros inside the
 * digit run, so they are grouped too: {@code format(1234, '08,') == '0,001,234'}, which is one
 * wider than asked because a group separator may not lead.
 */
final class NumberLayout {
    /** Beyond this a result cannot be a Java string; CPython would fail to allocate it too. */
    private static final long MAX_WIDTH = Integer.MAX_VALUE - 64;

    private NumberLayout() {
    }

    /**
     * @param negative whether the number carries a minus sign
     * @param prefix the base prefix ("0x" ...), empty when none
     * @param digits the ASCII digits before any decimal point, grouped when the spec asks
     * @param hasDecimal whether a decimal point follows the digits
     * @param remainder everything after the point (or after the digits): fraction, exponent,
     *     '%', "inf", or the character of a 'c' conversion
     */
    static String render(FormatSpec spec, boolean negative, String prefix, String digits,
            boolean hasDecimal, String remainder) {
        if (spec.width > MAX_WIDTH) {
            throw new TextError("MemoryError", "");
        }
        int width = (int) spec.width;
        String sign = signText(spec.sign, negative);
        int fixed = sign.length() + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        // Zero fill with '=' works as a minimum width for the digits, so it gets grouped.
        int minDigits = spec.fill == '0' && spec.align == '=' ? width - fixed : 0;
        String grouped = digits.isEmpty() ? ""
                : group(digits, minDigits, spec.grouping, spec.groupSize);
        int padding = Math.max(0, width - fixed - grouped.length());
        int left = 0;
        int inner = 0;
        int right = 0;
        switch (spec.align) {
            case '<':
                right = padding;
                break;
            case '^':
                left = padding / 2;
                right = padding - left;
                break;
            case '=':
                inner = padding;
                break;
            default:
                left = padding;
                break;
        }
        StringBuilder out = new StringBuilder(fixed + grouped.length() + padding);
        pad(out, spec.fill, left);
        out.append(sign).append(prefix);
        pad(out, spec.fill, inner);
        out.append(grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        pad(out, spec.fill, right);
        return out.toString();
    }

    private static String signText(char option, boolean negative) {
        if (negative) {
            return "-";
        }
        return option == '+' ? "+" : option == ' ' ? " " : "";
    }

    /**
     * Inserts separators every {@code size} digits from the right, first padding with zeros
     * until the result is at least {@code minWidth} long (separators included). With no
     * separator the zeros are just prepended.
     */
    static String group(String digits, int minWidth, char separator, int size) {
        if (separator == 0) {
            return "0".repeat(Math.max(0, minWidth - digits.length())) + digits;
        }
        StringBuilder reversed = new StringBuilder(digits.length() * 4 / 3 + 8);
        int remaining = digits.length();
        while (true) {
            // Each group takes up to `size` digits, or zeros once the digits run out while
            // the minimum width is not yet met.
            int take = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            for (int i = 0; i < take; i++) {
                reversed.append(i < remaining ? digits.charAt(remaining - 1 - i) : '0');
            }
            remaining = Math.max(0, remaining - take);
            minWidth -= take;
            if (remaining == 0 && minWidth <= 0) {
                break;
            }
            reversed.append(separator);
            minWidth--;
        }
        return reversed.reverse().toString();
    }

    static void pad(StringBuilder out, int fill, int count) {
        for (int i = 0; i < count; i++) {
            out.appendCodePoint(fill);
        }
    }
}
