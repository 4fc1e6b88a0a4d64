// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftCell;
import dev.weft.runtime.WeftDict;

/** Reading, writing and deleting variables: frame slots, cells, globals, namespace dicts. */
public final class Variables {
    private Variables() {}

    /** A local variable; unbound raises UnboundLocalError. */
    public static final class LocalLoad extends Node {
        final int slot;
        final String name;

        public LocalLoad(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = f.slots[slot];
            if (v == null) {
                throw raisedHere(Errors.unboundLocal(name));
            }
            return v;
        }

        public int slot() {
            return slot;
        }
    }

    /** A compiler temporary: always set before it is read. */
    public static final class TempLoad extends Node {
        final int slot;

        public TempLoad(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return f.slots[slot];
        }
    }

    /** Stores into a slot (a local or a temporary). */
    public static final class SlotStore extends Node {
        final int slot;
        final Node value;

        public SlotStore(int slot, Node value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            f.slots[slot] = value.eval(t, f);
            return null;
        }
    }

    public static final class LocalDelete extends Node {
        final int slot;
        final String name;

        public LocalDelete(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            if (f.slots[slot] == null) {
                throw raisedHere(Errors.unboundLocal(name));
            }
            f.slots[slot] = null;
            return null;
        }
    }

    /** A variable shared with closures: its slot holds a cell. */
    public static final class CellLoad extends Node {
        final int slot;
        final String name;
        final boolean free;

        public CellLoad(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = ((WeftCell) f.slots[slot]).value;
            if (v == null) {
                throw raisedHere(free ? Errors.unboundFree(name) : Errors.unboundLocal(name));
            }
            return v;
        }
    }

    /** The cell object itself (for closures and super()). */
    public static final class CellRef extends Node {
        final int slot;

        public CellRef(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return f.slots[slot];
        }
    }

    public static final class CellStore extends Node {
        final int slot;
        final Node value;

        public CellStore(int slot, Node value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            ((WeftCell) f.slots[slot]).value = value.eval(t, f);
            return null;
        }
    }

    public static final class CellDelete extends Node {
        final int slot;
        final String name;
        final boolean free;

        public CellDelete(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            WeftCell c = (WeftCell) f.slots[slot];
            if (c.value == null) {
                throw raisedHere(free ? Errors.unboundFree(name) : Errors.unboundLocal(name));
            }
            c.value = null;
            return null;
        }
    }

    /** A module global, falling back to builtins; the dict entry is cached by version. */
    public static final class GlobalLoad extends Node {
        final String name;
        private WeftDict cachedGlobals;
        private int globalsVersion = -1;
        private int globalsEntry;
        private int builtinsVersion = -1;
        private int builtinsEntry;

        public GlobalLoad(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            WeftDict g = f.globals;
            if (g == cachedGlobals && g.version == globalsVersion) {
                if (globalsEntry >= 0) {
                    return g.valueAt(globalsEntry);
                }
                WeftDict b = t.interp.builtins();
                if (b.version == builtinsVersion) {
                    return b.valueAt(builtinsEntry);
                }
            }
            return slow(t, g);
        }

        private Object slow(Fiber t, WeftDict g) {
            int e = g.findStr(name);
            cachedGlobals = g;
            globalsVersion = g.version;
            globalsEntry = e;
            if (e >= 0) {
                return g.valueAt(e);
            }
            WeftDict b = t.interp.builtins();
            int be = b.findStr(name);
            if (be < 0) {
                globalsVersion = -1;
                throw raisedHere(Errors.nameError(name));
            }
            builtinsVersion = b.version;
            builtinsEntry = be;
            return b.valueAt(be);
        }
    }

    public static final class GlobalStore extends Node {
        final String name;
        final Node value;

        public GlobalStore(String name, Node value) {
            this.name = name;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            f.globals.putStr(name, value.eval(t, f));
            return null;
        }
    }

    public static final class GlobalDelete extends Node {
        final String name;

        public GlobalDelete(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            if (!f.globals.removeStr(name)) {
                throw raisedHere(Errors.nameError(name));
            }
            return null;
        }
    }

    /** A class-body name: the namespace, then globals, then builtins. */
    public static final class NameLoad extends Node {
        final String name;

        public NameLoad(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = f.mapping == null ? f.namespace().getStr(name) : f.nsGet(t, name);
            if (v == null) {
                v = f.globals.getStr(name);
                if (v == null) {
                    v = t.interp.builtins().getStr(name);
                    if (v == null) {
                        throw raisedHere(Errors.nameError(name));
                    }
                }
            }
            return v;
        }
    }

    public static final class NameStore extends Node {
        final String name;
        final Node value;

        public NameStore(String name, Node value) {
            this.name = name;
            this.value = value;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = value.eval(t, f);
            if (f.mapping == null) {
                f.namespace().putStr(name, v);
            } else {
                f.nsPut(t, name, v);
            }
            return null;
        }
    }

    public static final class NameDelete extends Node {
        final String name;

        public NameDelete(String name) {
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            if (!f.nsRemove(t, name)) {
                throw raisedHere(Errors.nameError(name));
            }
            return null;
        }
    }

    /** A free variable read in a class body: the namespace first, then the cell. */
    public static final class ClassFreeLoad extends Node {
        final int slot;
        final String name;

        public ClassFreeLoad(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = f.nsGet(t, name);
            if (v != null) {
                return v;
            }
            v = ((WeftCell) f.slots[slot]).value;
            if (v == null) {
                throw raisedHere(Errors.unboundFree(name));
            }
            return v;
        }
    }
}
