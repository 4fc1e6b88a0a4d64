// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

import java.util.List;

/** {@code except type as name:}; type and name may be null (a bare {@code except:}). */
public record ExceptHandler(Span span, Expr type, String name, List<Stmt> body) {}
