// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** A value with a per-object attribute dictionary ({@code __dict__}). */
public interface HasDict {
    WeftDict dict();

    /** False for builtin containers, which have attributes only as instances of a subclass. */
    default boolean hasInstanceDict() {
        return true;
    }
}
