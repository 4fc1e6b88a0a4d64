// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * An iterator implemented in Java. {@link #next} returns null when exhausted, so loops over
 * builtin iterables never raise StopIteration internally.
 */
public abstract class WeftIterator implements WeftObject {
    /** The next item, or null when there are no more. */
    public abstract Object next(Fiber t);

    /** How many items remain, or -1 when unknown (a sizing hint). */
    public int lengthHint() {
        return -1;
    }
}
