// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

/** A keyword argument {@code name=value}; a null name is {@code **value}. */
public record Keyword(Span span, String name, Expr value) {}
