// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;

/** A function defined by a script ({@code def} or {@code lambda}): code plus its environment. */
public final class WeftFunction implements WeftObject, HasDict {
    public final Code code;
    public final WeftDict globals;
    /** Values for the last positional parameters; empty when none. */
    public Object[] defaults;
    /** Defaults of keyword-only parameters by name, or null. */
    public WeftDict kwdefaults;
    public final WeftCell[] closure;
    public String name;
    public String qualname;
    public String module;
    public Object doc = WeftNone.NONE;
    /** {@code __annotations__}: a dict (or whatever a script set), null until needed. */
    public Object annotations;
    private WeftDict dict;

    public WeftFunction(Code code, WeftDict globals, Object[] defaults, WeftDict kwdefaults,
            WeftCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        Object mod = globals.getStr("__name__");
        this.module = mod instanceof String s ? s : "__main__";
    }

    @Override
    public WeftType type() {
        return Types.FUNCTION;
    }

    @Override
    public WeftDict dict() {
        if (dict == null) {
            dict = new WeftDict();
        }
        return dict;
    }

    /** Binds the arguments into a new frame and enters it (or makes a generator of it). */
    public Step invoke(Fiber t, CallSite site, Object[] args, String[] kwnames) {
        Frame f = newFrame(t, args, kwnames);
        if (code.kind != Code.Kind.FUNCTION) {
            return site.returned(t, Suspendables.make(t, this, f));
        }
        return t.enter(f, site);
    }

    /** A frame with the arguments bound, cells made and the closure installed. */
    public Frame newFrame(Fiber t, Object[] args, String[] kwnames) {
        Frame f = new Frame(code, globals);
        Object[] slots = f.slots;
        if (kwnames == null && args.length == code.argcount && code.isSimple()) {
            System.arraycopy(args, 0, slots, 0, args.length);
        } else {
            ArgBinder.bind(t, this, slots, args, kwnames);
        }
        for (int s : code.cellParams) {
            slots[s] = new WeftCell(slots[s]);
        }
        for (int s : code.cellLocals) {
            slots[s] = new WeftCell();
        }
        int[] free = code.freeSlots;
        for (int i = 0; i < free.length; i++) {
            slots[free[i]] = closure[i];
        }
        return f;
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
