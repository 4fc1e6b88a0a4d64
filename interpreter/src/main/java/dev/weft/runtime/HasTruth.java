// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** A builtin value whose truth is not simply "true" (and that has no length). */
public interface HasTruth {
    boolean isTrue();
}
