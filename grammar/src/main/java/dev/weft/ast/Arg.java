// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

/** One parameter; the annotation may be null (annotations are parsed and ignored). */
public record Arg(Span span, String name, Expr annotation) {}
