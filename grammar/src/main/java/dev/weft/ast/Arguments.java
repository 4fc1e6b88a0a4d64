// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

import java.util.List;

/**
 * A parameter list, as CPython's {@code ast.arguments}: {@code defaults} belong to the last
 * entries of {@code posonly + args}; {@code kwDefaults} runs parallel to {@code kwonly} with null
 * where a keyword-only parameter has no default; {@code vararg} and {@code kwarg} may be null.
 */
public record Arguments(List<Arg> posonly, List<Arg> args, List<Expr> defaults, Arg vararg,
        List<Arg> kwonly, List<Expr> kwDefaults, Arg kwarg) {

    public static final Arguments EMPTY =
            new Arguments(List.of(), List.of(), List.of(), null, List.of(), List.of(), null);
}
