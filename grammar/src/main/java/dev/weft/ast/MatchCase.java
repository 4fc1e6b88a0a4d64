// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

import java.util.List;

/** {@code case pattern if guard:}; guard may be null. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
