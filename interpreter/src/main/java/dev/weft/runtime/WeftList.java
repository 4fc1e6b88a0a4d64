// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import java.util.Arrays;

/** Python's list: a growable array. */
public final class WeftList implements WeftObject, HasDict {
    private static final Object[] EMPTY = {};

    private Object[] items;
    private int size;
    private WeftType type;

    public WeftList() {
        items = EMPTY;
    }

    public WeftList(int capacity) {
        items = capacity == 0 ? EMPTY : new Object[capacity];
    }

    /** Wraps {@code items} without copying: the caller gives up the array. */
    public WeftList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override
    public WeftType type() {
        return type != null ? type : Types.LIST;
    }

    /** Attributes of an instance of a user subclass; null until first set. */
    private WeftDict attrs;

    /** True for an instance of the builtin type itself (not of a user subclass). */
    public boolean exact() {
        return type == null || type.isBuiltin();
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
        return !exact();
    }

    public void setType(WeftType type) {
        this.type = type;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    public void add(Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    public void addAll(Object[] vs, int n) {
        if (size + n > items.length) {
            grow(size + n);
        }
        System.arraycopy(vs, 0, items, size, n);
        size += n;
    }

    public void insert(int i, Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public Object removeAt(int i) {
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** Replaces elements {@code [from, to)} with {@code with[0..n)}. */
    public void replace(int from, int to, Object[] with, int n) {
        int delta = n - (to - from);
        if (size + delta > items.length) {
            grow(size + delta);
        }
        System.arraycopy(items, to, items, to + delta, size - to);
        System.arraycopy(with, 0, items, from, n);
        if (delta < 0) {
            Arrays.fill(items, size + delta, size, null);
        }
        size += delta;
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    /** The backing array; only the first {@link #size} entries are elements. */
    public Object[] array() {
        return items;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the contents with {@code a[0..n)}, taking ownership of the array. */
    public void setContents(Object[] a, int n) {
        items = a;
        size = n;
    }

    private void grow(int min) {
        int cap = Math.max(min, items.length + (items.length >> 1) + 4);
        items = Arrays.copyOf(items, cap);
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
