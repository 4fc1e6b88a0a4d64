// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Code;

/**
 * One line of a traceback: the code that was running, the line it was at, and the position
 * of the operation in {@code code.positions} (-1: none known, no carets).
 */
public record TraceEntry(Code code, int line, int pos) {}
