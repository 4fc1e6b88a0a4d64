// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

/**
 * A pattern or template that does not compile: CPython's message and the position (in code
 * points of the pattern) it points at, or -1 for none. The module turns it into {@code re.error}.
 */
final class RegexError extends RuntimeException {
    final String msg;
    final int pos;

    RegexError(String msg, int pos) {
        super(msg, null, false, false);
        this.msg = msg;
        this.pos = pos;
    }

    RegexError(String msg) {
        this(msg, -1);
    }
}
