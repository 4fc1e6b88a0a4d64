// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;

/**
 * The heap activation record of one running function, module or class body. Frames form a chain
 * through {@link #parent} while they run; a suspended generator keeps its frame detached (no
 * parent) together with the step to resume at.
 */
public final class Frame {
    /** Locals, cells (as {@link dev.weft.runtime.WeftCell}s) and compiler temporaries. */
    public final Object[] slots;
    public final Code code;
    public final WeftDict globals;
    /** The namespace of a module or class body, where names live in a dict; else null. */
    public WeftDict locals;
    /**
     * A namespace that is not a plain dict (a metaclass's {@code __prepare__} made it, or exec
     * was given it): names go through its {@code __getitem__}, {@code __setitem__} and
     * {@code __delitem__}. Null for plain dicts; {@link #locals} is this too when it is a dict.
     */
    public Object mapping;
    public Frame parent;
    /** The step in the parent that started this frame and is told how it ends. */
    public CallSite callSite;
    /** The exception a handler step is about to take over (set by the unwinder). */
    public WeftError caught;
    /** The generator or coroutine this frame belongs to, or null for a plain call. */
    public Suspendable owner;

    public Frame(Code code, WeftDict globals) {
        this.code = code;
        this.globals = globals;
        this.slots = new Object[code.nslots];
    }

    /** The namespace names are looked up in first: the locals dict, or the globals. */
    public WeftDict namespace() {
        return locals != null ? locals : globals;
    }

    /** Sets the namespace of a class body or exec: a plain dict, or any mapping. */
    public void setNamespace(Object ns) {
        if (ns instanceof WeftDict d) {
            locals = d;
            mapping = d.exact() ? null : d;
        } else {
            mapping = ns;
        }
    }

    /** The namespace as a script sees it ({@code locals()} in a class body). */
    public Object namespaceObject() {
        return mapping != null ? mapping : namespace();
    }

    /** {@code name} in the namespace, or null when it is not there. */
    public Object nsGet(Fiber t, String name) {
        if (mapping == null) {
            return namespace().getStr(name);
        }
        try {
            return Protocols.getItem(t, mapping, name);
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    public void nsPut(Fiber t, String name, Object value) {
        if (mapping == null) {
            namespace().putStr(name, value);
        } else {
            Protocols.setItem(t, mapping, name, value);
        }
    }

    /** Removes {@code name}; false when it was not there. */
    public boolean nsRemove(Fiber t, String name) {
        if (mapping == null) {
            return namespace().removeStr(name);
        }
        try {
            Protocols.delItem(t, mapping, name);
            return true;
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.KEY_ERROR)) {
                return false;
            }
            throw e;
        }
    }
}
