// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/**
 * An object written in Java that {@code iter()} and {@code yield from} accept, though its type
 * is builtin (whose __iter__ entries Iter does not consult): futures and tasks, iterated as
 * their __await__.
 */
public interface NativeIterable {
    WeftIterator iterator();
}
