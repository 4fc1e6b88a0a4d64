// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Code;

/** One line of a traceback: the code that was running and the line it was at. */
public record TraceEntry(Code code, int line) {}
