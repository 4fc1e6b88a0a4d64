// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * How a builtin type makes an instance when called: {@code type} is the class being called, a
 * subclass when a user class derives from this builtin type.
 */
@FunctionalInterface
public interface Factory {
    Object make(Fiber t, WeftType type, Object[] args, String[] kwnames);
}
