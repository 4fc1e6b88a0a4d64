// SPDX-License-Identifier: Apache-2.0
package dev.weft;

import dev.weft.parse.SyntaxError;

/** Source that does not parse (or compile): where, and a plain sentence saying why. */
public final class WeftSyntaxException extends WeftException {
    private final SyntaxError syntax;

    WeftSyntaxException(SyntaxError syntax) {
        super(syntax.kind(), syntax.getMessage(), syntax.format(), null);
        this.syntax = syntax;
    }

    /** The file name the source was given as ({@code <string>} for exec and eval). */
    public String file() {
        return syntax.file();
    }

    /** 1-based line. */
    public int line() {
        return syntax.line();
    }

    /** 1-based column. */
    public int column() {
        return syntax.col() + 1;
    }

    /** The diagnostic: {@code file:line:col}, the source line, a caret and the message. */
    public String diagnostic() {
        return syntax.format();
    }
}
