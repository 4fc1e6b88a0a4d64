// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftType;

/** Iterates a string's code points as one-character strings. */
public final class StrIterator extends WeftIterator {
    static final WeftType TYPE = Iterators.type("str_iterator");
    private static final String[] ASCII = new String[128];

    static {
        for (int i = 0; i < 128; i++) {
            ASCII[i] = String.valueOf((char) i).intern();
        }
    }

    private final String s;
    private int pos;

    public StrIterator(String s) {
        this.s = s;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Object next(Fiber t) {
        if (pos >= s.length()) {
            return null;
        }
        char c = s.charAt(pos);
        if (c < 128) {
            pos++;
            return ASCII[c];
        }
        int cp = s.codePointAt(pos);
        pos += Character.charCount(cp);
        return new String(Character.toChars(cp));
    }
}
