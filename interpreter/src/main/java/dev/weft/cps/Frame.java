// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

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
}
