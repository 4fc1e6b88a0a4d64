// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftType;

/** The {@code __getitem__} iteration protocol: items 0, 1, 2... until IndexError or StopIteration. */
public final class SequenceIterator extends WeftIterator {
    static final WeftType TYPE = Iterators.type("iterator");

    private Object seq;
    private long index;

    public SequenceIterator(Object seq) {
        this.seq = seq;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Object next(Fiber t) {
        if (seq == null) {
            return null;
        }
        try {
            return Protocols.getItem(t, seq, index++);
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.INDEX_ERROR) || e.isInstance(ErrorTypes.STOP_ITERATION)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
