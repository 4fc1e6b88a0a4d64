// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

/** {@code (?aiLmsux)} and {@code (?aiLmsux-imsx:...)}, with CPython's checks. */
final class InlineFlags {
    private InlineFlags() {}

    /**
     * Parses flags after {@code (?} (the first letter already read). Global flags
     * {@code (?i)} are added to {@code state} and give null; scoped ones give {add, del}.
     */
    static int[] parse(RegexSource source, ParseState state, String c) {
        int add = 0;
        if (!c.equals("-")) {
            while (true) {
                int flag = RegexFlags.ofLetter(c.codePointAt(0));
                checkType(source, c);
                add |= flag;
                if ((flag & RegexFlags.TYPE_FLAGS) != 0
                        && (add & RegexFlags.TYPE_FLAGS) != flag) {
                    throw source.error("bad inline flags: flags 'a', 'u' and 'L' are "
                            + "incompatible", 0);
                }
                c = source.get();
                if (c == null) {
                    throw source.error("missing -, : or )", 0);
                }
                if (c.equals(")") || c.equals("-") || c.equals(":")) {
                    break;
                }
                if (!isFlag(c)) {
                    throw source.error(isAlpha(c) ? "unknown flag" : "missing -, : or )",
                            RegexSource.len(c));
                }
            }
        }
        if (c.equals(")")) {
            state.flags |= add;
            return null;
        }
        if ((add & RegexFlags.GLOBAL_FLAGS) != 0) {
            throw source.error("bad inline flags: cannot turn on global flag", 1);
        }
        int del = c.equals("-") ? removed(source) : 0;
        if ((del & RegexFlags.GLOBAL_FLAGS) != 0) {
            throw source.error("bad inline flags: cannot turn off global flag", 1);
        }
        if ((add & del) != 0) {
            throw source.error("bad inline flags: flag turned on and off", 1);
        }
        return new int[] {add, del};
    }

    /** The flags after {@code -}, up to the {@code :}. */
    private static int removed(RegexSource source) {
        String c = source.get();
        if (c == null) {
            throw source.error("missing flag", 0);
        }
        if (!isFlag(c)) {
            throw source.error(isAlpha(c) ? "unknown flag" : "missing flag", RegexSource.len(c));
        }
        int del = 0;
        while (true) {
            int flag = RegexFlags.ofLetter(c.codePointAt(0));
            if ((flag & RegexFlags.TYPE_FLAGS) != 0) {
                throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0);
            }
            del |= flag;
            c = source.get();
            if (c == null) {
                throw source.error("missing :", 0);
            }
            if (c.equals(":")) {
                return del;
            }
            if (!isFlag(c)) {
                throw source.error(isAlpha(c) ? "unknown flag" : "missing :",
                        RegexSource.len(c));
            }
        }
    }

    private static void checkType(RegexSource source, String c) {
        if (source.text && c.equals("L")) {
            throw source.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
        }
        if (!source.text && c.equals("u")) {
            throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
        }
    }

    private static boolean isFlag(String c) {
        return c.length() == 1 && RegexFlags.ofLetter(c.charAt(0)) != 0;
    }

    private static boolean isAlpha(String c) {
        return c.length() <= 2 && Character.isLetter(c.codePointAt(0));
    }
}
