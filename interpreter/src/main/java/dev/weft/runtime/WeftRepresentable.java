// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/** A builtin value that knows its own repr (ranges, slices, modules, iterators...). */
public interface WeftRepresentable {
    String repr(Fiber t);
}
