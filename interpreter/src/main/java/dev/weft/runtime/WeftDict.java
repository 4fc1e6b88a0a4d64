// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * Python's insertion-ordered dict, laid out as CPython's compact dict: a sparse index table of
 * entry numbers over dense parallel arrays of hashes, keys and values. Deleted entries leave a
 * null key until the next rebuild. {@link #version} changes whenever the set of keys changes (not
 * on value updates), so callers may cache an entry number and re-validate it cheaply.
 */
public final class WeftDict implements WeftObject, HasDict {
    private static final int EMPTY = 0;
    private static final int DUMMY = -1;

    /** A dict subclass, or null for a plain dict. */
    private WeftType type;
    private int[] index;
    private int[] hashes;
    private Object[] keys;
    private Object[] values;
    private int size;
    private int used;
    public int version;

    public WeftDict() {
        this(8);
    }

    public WeftDict(int expected) {
        int cap = 8;
        while (cap * 2 < expected * 3) {
            cap <<= 1;
        }
        allocate(cap);
    }

    private void allocate(int cap) {
        index = new int[cap];
        int entries = cap * 2 / 3 + 1;
        hashes = new int[entries];
        keys = new Object[entries];
        values = new Object[entries];
        used = 0;
    }

    @Override
    public WeftType type() {
        return type != null ? type : Types.DICT;
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

    /** One past the last entry number in use; entries below it may be deleted (null key). */
    public int end() {
        return used;
    }

    public Object keyAt(int entry) {
        return keys[entry];
    }

    public Object valueAt(int entry) {
        return values[entry];
    }

    public void setValueAt(int entry, Object value) {
        values[entry] = value;
    }

    // ---- lookup --------------------------------------------------------------------------

    /** The entry number holding {@code key}, or -1. */
    public int find(Fiber t, Object key) {
        if (key instanceof String s) {
            return findStr(s);
        }
        return find(t, key, Hashing.hash(t, key));
    }

    private int find(Fiber t, Object key, int h) {
        int mask = index.length - 1;
        int i = spread(h) & mask;
        while (true) {
            int slot = index[i];
            if (slot == EMPTY) {
                return -1;
            }
            if (slot > 0) {
                int e = slot - 1;
                Object k = keys[e];
                if (k == key || (hashes[e] == h && k != null && Hashing.keyEquals(t, k, key))) {
                    return e;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /** The entry number of string key {@code key}, or -1; never runs script code. */
    public int findStr(String key) {
        int h = key.hashCode();
        int mask = index.length - 1;
        int i = spread(h) & mask;
        while (true) {
            int slot = index[i];
            if (slot == EMPTY) {
                return -1;
            }
            if (slot > 0) {
                int e = slot - 1;
                Object k = keys[e];
                if (k == key || (hashes[e] == h && (k instanceof String ? key.equals(k)
                        : key.equals(ValueInstance.str(k))))) {
                    return e;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /** The value for {@code key}, or null when absent. */
    public Object get(Fiber t, Object key) {
        int e = find(t, key);
        return e < 0 ? null : values[e];
    }

    public Object getStr(String key) {
        int e = findStr(key);
        return e < 0 ? null : values[e];
    }

    public boolean containsKey(Fiber t, Object key) {
        return find(t, key) >= 0;
    }

    // ---- update --------------------------------------------------------------------------

    public void put(Fiber t, Object key, Object value) {
        int h = key instanceof String s ? s.hashCode() : Hashing.hash(t, key);
        int e = key instanceof String s ? findStr(s) : find(t, key, h);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        insertNew(key, h, value);
    }

    public void putStr(String key, Object value) {
        int e = findStr(key);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        insertNew(key, key.hashCode(), value);
    }

    private void insertNew(Object key, int h, Object value) {
        if (used == keys.length) {
            rebuild(size + 1);
        }
        int e = used++;
        hashes[e] = h;
        keys[e] = key;
        values[e] = value;
        place(h, e);
        size++;
        version++;
    }

    private void place(int h, int e) {
        int mask = index.length - 1;
        int i = spread(h) & mask;
        while (index[i] > 0) {
            i = (i + 1) & mask;
        }
        index[i] = e + 1;
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public Object remove(Fiber t, Object key) {
        int e = find(t, key);
        return e < 0 ? null : removeEntry(e);
    }

    public boolean removeStr(String key) {
        int e = findStr(key);
        if (e < 0) {
            return false;
        }
        removeEntry(e);
        return true;
    }

    /** Removes entry {@code e} (which must be live) and returns its value. */
    public Object removeEntry(int e) {
        int mask = index.length - 1;
        int i = spread(hashes[e]) & mask;
        while (index[i] != e + 1) {
            i = (i + 1) & mask;
        }
        index[i] = DUMMY;
        Object old = values[e];
        keys[e] = null;
        values[e] = null;
        size--;
        version++;
        return old;
    }

    public void clear() {
        allocate(8);
        size = 0;
        version++;
    }

    /** Compacts the entries and grows (or shrinks) the index to fit {@code need} keys. */
    private void rebuild(int need) {
        int[] oldHashes = hashes;
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int oldUsed = used;
        int cap = 8;
        while (cap * 2 < need * 3 + 3) {
            cap <<= 1;
        }
        allocate(cap);
        for (int e = 0; e < oldUsed; e++) {
            if (oldKeys[e] != null) {
                int n = used++;
                hashes[n] = oldHashes[e];
                keys[n] = oldKeys[e];
                values[n] = oldValues[e];
                place(hashes[n], n);
            }
        }
        version++;
    }

    public WeftDict copy() {
        WeftDict d = new WeftDict(size);
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                d.insertNew(keys[e], hashes[e], values[e]);
            }
        }
        return d;
    }

    /** The last live entry number, or -1 when empty (for popitem). */
    public int lastEntry() {
        for (int e = used - 1; e >= 0; e--) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** Mixes all hash bits into the low ones the index mask keeps. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
