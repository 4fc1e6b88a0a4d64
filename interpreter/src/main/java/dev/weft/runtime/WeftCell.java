// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** A variable shared between a function and the closures it creates; null while unbound. */
public final class WeftCell {
    public Object value;

    public WeftCell() {}

    public WeftCell(Object value) {
        this.value = value;
    }
}
