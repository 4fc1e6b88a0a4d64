// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

/** The few reprs the regex errors quote, without reaching into the interpreter. */
final class Reprs {
    private Reprs() {}

    /** Python's repr of a str, for the names and escapes messages quote. */
    static String quote(String s) {
        return dev.weft.runtime.text.StrRepr.repr(s);
    }
}
