// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

import java.util.List;

/** A parsed source file: its name (for messages), its full text and its statements. */
public record ModuleAst(String file, String source, List<Stmt> body) {

    /** The text of 1-based line {@code n} without its line break, or "" when out of range. */
    public String line(int n) {
        return SourceLines.line(source, n);
    }
}
