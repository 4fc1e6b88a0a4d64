// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.collections;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.JavaClass;

/** Iteration over a deque, forwards or backwards; a mutation underneath is an error. */
final class DequeIterator extends WeftIterator {
    static final WeftType FORWARD = JavaClass.iteratorType("_collections", "_deque_iterator");
    static final WeftType BACKWARD = JavaClass.iteratorType("_collections",
            "_deque_reverse_iterator");

    private final Deque deque;
    private final boolean reversed;
    private final int state;
    private int done;

    DequeIterator(Deque deque, boolean reversed) {
        this.deque = deque;
        this.reversed = reversed;
        this.state = deque.state;
    }

    @Override
    public WeftType type() {
        return reversed ? BACKWARD : FORWARD;
    }

    @Override
    public Object next(Fiber t) {
        if (deque.state != state) {
            throw Errors.runtimeError("deque mutated during iteration");
        }
        int n = deque.size();
        if (done >= n) {
            return null;
        }
        int i = reversed ? n - 1 - done : done;
        done++;
        return deque.get(i);
    }

    @Override
    public int lengthHint() {
        return Math.max(0, deque.size() - done);
    }
}
