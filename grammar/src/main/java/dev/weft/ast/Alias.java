// SPDX-License-Identifier: Apache-2.0
package dev.weft.ast;

/** {@code name as asname} in an import; asname may be null; name may be dotted. */
public record Alias(Span span, String name, String asname) {}
