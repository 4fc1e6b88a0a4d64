// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Finalizer;
import dev.weft.runtime.WeftGenerator;

/**
 * Closing generators at the points where CPython's reference counting would: the variable
 * that solely owns one is rebound or deleted, its for loop is left, its function returns.
 * Only generators marked {@link WeftGenerator#owned} (proved unshared) are closed.
 */
public final class Owned {
    private Owned() {}

    static void release(Fiber t, Object old, Object replacement) {
        if (old instanceof WeftGenerator g && g.owned && old != replacement) {
            g.owned = false;
            Finalizer.close(t, g);
        }
    }

    /** Stores into an owning local, then releases what it held. */
    public static final class SlotStore extends Node {
        final int slot;
        final Node value;

        public SlotStore(int slot, Node value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = value.eval(t, f);
            Object old = f.slots[slot];
            f.slots[slot] = v;
            release(t, old, v);
            return null;
        }
    }

    /** Stores into an owning module global, then releases what it held. */
    public static final class GlobalStore extends Node {
        final String name;
        final Node value;

        public GlobalStore(String name, Node value) {
            this.name = name;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = value.eval(t, f);
            Object old = f.globals.getStr(name);
            f.globals.putStr(name, v);
            release(t, old, v);
            return null;
        }
    }

    /**
     * Releases what the slots hold (a function returning, a for loop left); what the function
     * returns ({@code kept}) passes to the caller instead, still owned.
     */
    public static final class Release extends Node {
        final int[] slots;
        final Node kept;

        public Release(int... slots) {
            this(null, slots);
        }

        public Release(Node kept, int... slots) {
            this.slots = slots;
            this.kept = kept;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object keep = kept == null ? null : kept.eval(t, f);
            for (int s : slots) {
                Object old = f.slots[s];
                if (old instanceof WeftGenerator) {
                    f.slots[s] = null;
                    release(t, old, keep);
                }
            }
            return null;
        }
    }

    /** A generator reaching anything but an owner stops being owned (no transfer). */
    public static void disown(Object value) {
        if (value instanceof WeftGenerator g) {
            g.owned = false;
        }
    }

    /** Releases an owning global before {@code del}. */
    public static final class ReleaseGlobal extends Node {
        final String name;

        public ReleaseGlobal(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object old = f.globals.getStr(name);
            if (old instanceof WeftGenerator) {
                f.globals.removeStr(name);
                release(t, old, null);
            }
            return null;
        }
    }
}
