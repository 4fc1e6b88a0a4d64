// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.runtime.Metaclasses;
import dev.weft.runtime.WeftCell;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftTuple;

/**
 * A class statement: chooses the metaclass and its namespace, runs the body in that namespace,
 * then calls the metaclass on the trampoline; the class lands in a slot. Between the body's
 * start and the call, the slot holds the statement's {@link Metaclasses.Pending} state.
 */
public final class ClassBodyStep extends CallSite {
    final Code body;
    final int[] closure;
    final String name;
    final String qualname;
    final Node bases;
    final Node keywords;
    final int slot;
    public Step next;

    public ClassBodyStep(Code body, int[] closure, String name, String qualname, Node bases,
            Node keywords, int slot) {
        this.body = body;
        this.closure = closure;
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.keywords = keywords;
        this.slot = slot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        WeftTuple b = (WeftTuple) bases.eval(t, f);
        WeftDict kw = keywords == null ? null : (WeftDict) keywords.eval(t, f);
        Metaclasses.Pending p = Metaclasses.start(t, name, b, kw);
        f.slots[slot] = p;
        Frame cf = new Frame(body, f.globals);
        cf.setNamespace(p.namespace);
        Object module = f.globals.getStr("__name__");
        cf.nsPut(t, "__module__", module != null ? module : "builtins");
        cf.nsPut(t, "__qualname__", qualname);
        for (int s : body.cellLocals) {
            cf.slots[s] = new WeftCell();
        }
        for (int i = 0; i < closure.length; i++) {
            cf.slots[body.freeSlots[i]] = f.slots[closure[i]];
        }
        return t.enter(cf, this);
    }

    @Override
    public Step returned(Fiber t, Object namespace) {
        Metaclasses.Pending p = (Metaclasses.Pending) t.frame.slots[slot];
        Built built = new Built(this);
        try {
            return Metaclasses.finish(t, built, p);
        } catch (WeftError e) {
            return t.raise(e, built);
        }
    }

    /** Hears the metaclass call's result; raises where the class statement is. */
    private static final class Built extends CallSite {
        private final ClassBodyStep statement;

        Built(ClassBodyStep statement) {
            this.statement = statement;
            this.line = statement.line;
            this.pos = statement.pos;
            this.handler = statement.handler;
        }

        @Override
        public Step returned(Fiber t, Object cls) {
            Object[] slots = t.frame.slots;
            try {
                Metaclasses.checkClassCell(t, (Metaclasses.Pending) slots[statement.slot], cls);
            } catch (WeftError e) {
                return t.raise(e, this);
            }
            slots[statement.slot] = cls;
            return statement.next;
        }
    }
}
