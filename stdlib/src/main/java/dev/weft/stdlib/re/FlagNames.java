// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

/** Flags as a Pattern's repr shows them: {@code re.IGNORECASE|re.DOTALL}. */
final class FlagNames {
    private FlagNames() {}

    private static final String[] NAMES = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE",
        "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"};

    /** The flags joined by {@code |}, leaving out UNICODE for str patterns (it is implied). */
    static String describe(int flags, boolean text) {
        if (text) {
            flags &= ~RegexFlags.UNICODE;
        }
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((flags & (1 << bit)) != 0) {
                sb.append(sb.length() == 0 ? "" : "|").append("re.").append(NAMES[bit]);
                flags &= ~(1 << bit);
            }
        }
        if (flags != 0) {
            sb.append(sb.length() == 0 ? "" : "|").append("0x").append(Integer.toHexString(flags));
        }
        return sb.toString();
    }
}
