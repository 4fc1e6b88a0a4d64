// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.json;

/** JSON string literals: quoting with CPython's escapes (ASCII-only or not). */
final class JsonStrings {
    private JsonStrings() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** s as a JSON string literal; with ascii, everything outside ' '..'~' as \\uXXXX. */
    static String quote(String s, boolean ascii) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || ascii && c > 0x7e) {
                        // a character beyond the BMP is a surrogate pair here, as CPython writes it
                        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
