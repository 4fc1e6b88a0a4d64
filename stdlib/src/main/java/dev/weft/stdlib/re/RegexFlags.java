// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

/** The flag bits, with the values CPython's re gives them (they are visible to scripts). */
final class RegexFlags {
    private RegexFlags() {}

    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int DEBUG = 128;
    static final int ASCII = 256;

    /** The flags a pattern's type decides: at most one of them may be on. */
    static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    /** Flags that apply to the whole pattern and cannot be scoped. */
    static final int GLOBAL_FLAGS = DEBUG | TEMPLATE;

    /** The bit of an inline flag letter, or 0 when the letter is not a flag. */
    static int ofLetter(int c) {
        return switch (c) {
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'x' -> VERBOSE;
            case 'a' -> ASCII;
            case 't' -> TEMPLATE;
            case 'u' -> UNICODE;
            default -> 0;
        };
    }

    /** Checks and completes the flags for a str or bytes pattern, as re does at compile time. */
    static int fix(boolean text, int flags) {
        if (text) {
            if ((flags & LOCALE) != 0) {
                throw new IllegalArgumentException("cannot use LOCALE flag with a str pattern");
            }
            if ((flags & ASCII) == 0) {
                return flags | UNICODE;
            }
            if ((flags & UNICODE) != 0) {
                throw new IllegalArgumentException("ASCII and UNICODE flags are incompatible");
            }
            return flags;
        }
        if ((flags & UNICODE) != 0) {
            throw new IllegalArgumentException("cannot use UNICODE flag with a bytes pattern");
        }
        if ((flags & LOCALE) != 0 && (flags & ASCII) != 0) {
            throw new IllegalArgumentException("ASCII and LOCALE flags are incompatible");
        }
        return flags;
    }
}
