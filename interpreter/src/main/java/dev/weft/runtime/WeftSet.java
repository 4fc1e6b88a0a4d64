// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/**
 * Python's set and frozenset. The table follows CPython's setobject.c (linear probes, then
 * perturbed probing; the same growth policy), so iteration order matches CPython's wherever the
 * hashes match: for numbers and tuples of numbers, which scripts print most.
 */
public final class WeftSet implements WeftObject, HasDict {
    private static final Object DUMMY = new Object();
    private static final int LINEAR_PROBES = 9;
    private static final int MIN_SIZE = 8;

    private WeftType type;
    private final boolean frozen;
    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;

    public WeftSet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public WeftType type() {
        return type != null ? type : frozen ? Types.FROZENSET : Types.SET;
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

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    /** The number of table slots; {@link #slotKey} is null for empty and deleted ones. */
    public int slotCount() {
        return keys.length;
    }

    public Object slotKey(int i) {
        Object k = keys[i];
        return k == DUMMY ? null : k;
    }

    public boolean contains(Fiber t, Object key) {
        return find(t, key, Hashing.pyHash(t, key)) >= 0;
    }

    private int find(Fiber t, Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            for (int p = 0; p <= probes; p++, j++) {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && Hashing.keyEquals(t, k, key)) {
                    return j;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds {@code key}; false when it was already there. */
    public boolean add(Fiber t, Object key) {
        return addHashed(t, key, Hashing.pyHash(t, key));
    }

    boolean addHashed(Fiber t, Object key, long hash) {
        int free = -1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            for (int p = 0; p <= probes; p++, j++) {
                Object k = keys[j];
                if (k == null) {
                    return place(free >= 0 ? free : j, free < 0, key, hash);
                }
                if (k == DUMMY) {
                    free = j; // CPython reuses the last dummy seen on the probe path
                } else if (hashes[j] == hash && Hashing.keyEquals(t, k, key)) {
                    return false;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private boolean place(int slot, boolean fresh, Object key, long hash) {
        keys[slot] = key;
        hashes[slot] = hash;
        used++;
        if (fresh) {
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
        return true;
    }

    /** Removes {@code key}; false when absent. */
    public boolean discard(Fiber t, Object key) {
        int j = find(t, key, Hashing.pyHash(t, key));
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** Removes and returns an element as {@code set.pop()} picks it, or null when empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = popFinger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        popFinger = i + 1;
        return k;
    }

    private int popFinger;

    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            Object k = oldKeys[j];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[j]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds every element of {@code other} as CPython's set_merge does (same table layout). */
    public void merge(Fiber t, WeftSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int j = 0; j <= mask; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    keys[j] = k;
                    hashes[j] = other.hashes[j];
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int j = 0; j < other.keys.length; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[j]);
                    fill++;
                    used++;
                }
            }
            return;
        }
        for (int j = 0; j < other.keys.length; j++) {
            Object k = other.keys[j];
            if (k != null && k != DUMMY) {
                addHashed(t, k, other.hashes[j]);
            }
        }
    }

    /** Grows the table once before {@code incoming} insertions, as set_update does for dicts. */
    void presize(int incoming) {
        if ((long) (fill + incoming) * 5 >= (long) mask * 3) {
            resize((used + incoming) * 2);
        }
    }

    /** After a difference update: if over a quarter of the table is dummies, rebuild it. */
    public void compactIfSparse() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Takes over {@code other}'s table (CPython's set_swap_bodies, for intersection_update). */
    public void takeTable(WeftSet other) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        mask = other.mask;
        fill = other.fill;
        used = other.used;
    }

    /** The hash stored with a slot's key (for merges from dicts and sets). */
    long slotHash(int i) {
        return hashes[i];
    }

    /** A new set (or frozenset) with the same elements and layout. */
    public WeftSet copy(boolean asFrozen) {
        WeftSet s = new WeftSet(asFrozen);
        s.merge(null, this);
        return s;
    }
}
