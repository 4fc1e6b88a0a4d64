// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.collections;

import dev.weft.runtime.Errors;
import dev.weft.runtime.HasDict;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;

/**
 * A double-ended queue: a ring buffer with an optional maximum length (appending to a full
 * deque drops an item from the other end). {@link #state} counts mutations so iterators can
 * report "deque mutated during iteration" as CPython's do.
 */
final class Deque implements WeftObject, HasDict {
    private final WeftType type;
    private Object[] items = new Object[8];
    /** Index of the leftmost item in {@link #items}. */
    private int head;
    private int size;
    /** The maximum length, or -1 for unbounded. */
    int maxlen = -1;
    int state;
    private WeftDict attrs;

    Deque(WeftType type) {
        this.type = type;
    }

    @Override
    public WeftType type() {
        return type;
    }

    @Override
    public WeftDict dict() {
        if (attrs == null) {
            attrs = new WeftDict();
        }
        return attrs;
    }

    @Override
    public boolean hasInstanceDict() {
        return type != DequeType.DEQUE;
    }

    int size() {
        return size;
    }

    Object get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    void set(int i, Object v) {
        items[(head + i) & (items.length - 1)] = v;
        state++;
    }

    private void grow() {
        if (size < items.length) {
            return;
        }
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        items = bigger;
        head = 0;
    }

    void append(Object v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeft();
        }
        grow();
        items[(head + size) & (items.length - 1)] = v;
        size++;
        state++;
    }

    void appendLeft(Object v) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        grow();
        head = (head - 1) & (items.length - 1);
        items[head] = v;
        size++;
        state++;
    }

    Object pop() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        int at = (head + size - 1) & (items.length - 1);
        Object v = items[at];
        items[at] = null;
        size--;
        state++;
        return v;
    }

    Object popLeft() {
        if (size == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        Object v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        return v;
    }

    void clear() {
        items = new Object[8];
        head = 0;
        size = 0;
        state++;
    }

    /** Rotates n steps to the right (left when negative). */
    void rotate(long n) {
        if (size <= 1) {
            return;
        }
        int k = (int) Math.floorMod(n, (long) size);
        for (int i = 0; i < k; i++) {
            Object v = pop();
            grow();
            head = (head - 1) & (items.length - 1);
            items[head] = v;
            size++;
        }
        state++;
    }

    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = get(i);
            set(i, get(j));
            set(j, t);
        }
        state++;
    }

    /** Removes the item at index i, shifting the shorter side. */
    void removeAt(int i) {
        for (int j = i; j < size - 1; j++) {
            items[(head + j) & (items.length - 1)] = get(j + 1);
        }
        items[(head + size - 1) & (items.length - 1)] = null;
        size--;
        state++;
    }

    /** Inserts v before index i (0 <= i <= size); the caller checks maxlen. */
    void insert(int i, Object v) {
        grow();
        size++;
        for (int j = size - 1; j > i; j--) {
            items[(head + j) & (items.length - 1)] = get(j - 1);
        }
        items[(head + i) & (items.length - 1)] = v;
        state++;
    }

    Object[] toArray() {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }
}
