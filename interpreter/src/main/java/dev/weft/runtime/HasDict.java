// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** A value with a per-object attribute dictionary ({@code __dict__}). */
public interface HasDict {
    WeftDict dict();
}
