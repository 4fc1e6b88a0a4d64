// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftType;

/** Iterates bytes as ints 0..255. */
public final class BytesIterator extends WeftIterator {
    static final WeftType TYPE = Iterators.type("bytes_iterator");

    private final WeftBytes bytes;
    private int index;

    public BytesIterator(WeftBytes bytes) {
        this.bytes = bytes;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Object next(Fiber t) {
        return index < bytes.length() ? (Object) (long) bytes.at(index++) : null;
    }
}
