// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

/** {@code context as target} in a with statement; the target may be null. */
public record WithItem(Expr context, Expr target) {}
