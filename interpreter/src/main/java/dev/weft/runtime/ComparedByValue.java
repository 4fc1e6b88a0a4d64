// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * A builtin object whose {@code ==} and {@code hash()} depend on its contents rather than its
 * identity ({@code list[int] == list[int]}, {@code int | str == str | int}).
 */
public interface ComparedByValue {
    /** {@code self == other}. */
    boolean sameAs(Fiber t, Object other);

    /** {@code hash(self)}, consistent with {@link #sameAs}. */
    long pyHash(Fiber t);
}
