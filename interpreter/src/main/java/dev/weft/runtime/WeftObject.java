// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/**
 * A value a script can hold that is not one of the Java types Weft uses directly
 * ({@link Long}/{@link java.math.BigInteger} for int, {@link Double}, {@link String},
 * {@link Boolean}). Every such value knows its Python type.
 */
public interface WeftObject {
    WeftType type();
}
