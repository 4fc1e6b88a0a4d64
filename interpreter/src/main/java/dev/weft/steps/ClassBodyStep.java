// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftCell;
import dev.weft.runtime.WeftDict;

/** Runs a class body in a fresh namespace; the namespace it fills lands in a slot. */
public final class ClassBodyStep extends CallSite {
    final Code body;
    final int[] closure;
    final String qualname;
    final int slot;
    public Step next;

    public ClassBodyStep(Code body, int[] closure, String qualname, int slot) {
        this.body = body;
        this.closure = closure;
        this.qualname = qualname;
        this.slot = slot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        Frame cf = new Frame(body, f.globals);
        WeftDict ns = new WeftDict();
        Object module = f.globals.getStr("__name__");
        ns.putStr("__module__", module != null ? module : "__main__");
        ns.putStr("__qualname__", qualname);
        cf.locals = ns;
        for (int s : body.cellLocals) {
            cf.slots[s] = new WeftCell();
        }
        for (int i = 0; i < closure.length; i++) {
            cf.slots[body.freeSlots[i]] = f.slots[closure[i]];
        }
        return t.enter(cf, this);
    }

    @Override
    public Step returned(Fiber t, Object value) {
        t.frame.slots[slot] = value;
        return next;
    }
}
