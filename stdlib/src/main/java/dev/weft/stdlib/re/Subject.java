// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The string a pattern runs over, as Java chars, with the mapping between Python positions
 * (code points, or bytes) and Java char indices. Bytes are read as Latin-1, one char a byte.
 */
final class Subject {
    /** What the script passed (a str, bytes or bytearray): Match.string. */
    final Object original;
    final String chars;
    final boolean text;
    /** Python length. */
    final int length;
    /** Code point index to char index (length + 1 entries); null when the two agree. */
    private final int[] charOf;

    private Subject(Object original, String chars, boolean text) {
        this.original = original;
        this.chars = chars;
        this.text = text;
        this.charOf = text ? surrogateMap(chars) : null;
        this.length = charOf == null ? chars.length() : charOf.length - 1;
    }

    /** The subject for {@code o}, which must be of the pattern's kind (str or bytes). */
    static Subject of(Object given, boolean textPattern) {
        // A str or bytes subclass is matched as its value; the match keeps the original.
        Object o = dev.weft.runtime.ValueInstance.unwrap(given);
        if (o instanceof String s) {
            if (!textPattern) {
                throw Errors.typeError("cannot use a bytes pattern on a string-like object");
            }
            return new Subject(o, s, true);
        }
        if (o instanceof WeftBytes b) {
            if (textPattern) {
                throw Errors.typeError("cannot use a string pattern on a bytes-like object");
            }
            return new Subject(o, new String(b.data(), 0, b.length(),
                    StandardCharsets.ISO_8859_1), false);
        }
        throw Errors.typeError("expected string or bytes-like object, got '" + Types.name(o)
                + "'");
    }

    private static int[] surrogateMap(String s) {
        int n = s.length();
        int cps = s.codePointCount(0, n);
        if (cps == n) {
            return null;
        }
        int[] map = new int[cps + 1];
        int ci = 0;
        for (int i = 0; i < cps; i++) {
            map[i] = ci;
            ci += Character.charCount(s.codePointAt(ci));
        }
        map[cps] = n;
        return map;
    }

    int toChar(int pos) {
        return charOf == null ? pos : charOf[pos];
    }

    int toPos(int charIndex) {
        if (charOf == null || charIndex < 0) {
            return charIndex;
        }
        int i = Arrays.binarySearch(charOf, charIndex);
        return i >= 0 ? i : -i - 1;
    }

    /** Python's slice bounds: negative counts as 0, past the end as the end. */
    int clamp(long pos) {
        return (int) Math.max(0, Math.min(pos, length));
    }

    /** The script value for chars [from, to): a str, or bytes. */
    Object slice(int from, int to) {
        String s = chars.substring(from, to);
        return text ? s : new WeftBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
