// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.WeftFunction;
import dev.weft.runtime.WeftGenerator;
import dev.weft.cps.Code;

/**
 * {@code callee(args, name=value...)}: evaluates the callee and arguments, then hands control to
 * the callee through {@link Calls#call}; the result arrives in a slot (or is dropped).
 */
public final class CallStep extends CallSite {
    final Node callee;
    final Node[] args;
    final String[] kwnames;
    /** Where the result goes, or -1 to drop it. */
    final int slot;
    public Step next;
    /** The call is directly under {@code await}: a waiting builtin's value is passed through. */
    public boolean awaited;
    /**
     * The result goes straight to an owner (a for loop, an owning variable): a generator made
     * by this call is unshared, so it is marked {@link WeftGenerator#owned}.
     */
    public boolean fresh;

    public CallStep(Node callee, Node[] args, String[] kwnames, int slot) {
        this.callee = callee;
        this.args = args;
        this.kwnames = kwnames;
        this.slot = slot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        Object fn = callee.eval(t, f);
        Node[] a = args;
        if (fn instanceof WeftFunction wf && kwnames == null && wf.code.simpleCall == a.length) {
            // The common case: bind positional arguments straight into the callee's frame.
            Frame callee = new Frame(wf.code, wf.globals);
            Object[] slots = callee.slots;
            for (int i = 0; i < a.length; i++) {
                slots[i] = a[i].eval(t, f);
            }
            return t.enter(callee, this);
        }
        Object[] argv = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            argv[i] = a[i].eval(t, f);
        }
        if (fresh && fn instanceof WeftFunction wf && wf.code.kind == Code.Kind.GENERATOR) {
            Step s = wf.invoke(t, this, argv, kwnames);
            if (f.slots[slot] instanceof WeftGenerator gen) {
                gen.owned = true;
            }
            return s;
        }
        return Calls.call(t, siteFor(fn), fn, argv, kwnames);
    }

    /** The site the callee reports to: this one, or a wrapper under {@code await}. */
    private CallSite siteFor(Object fn) {
        return awaited && AwaitedSite.suspends(fn) ? new AwaitedSite(this) : this;
    }

    @Override
    public Step returned(Fiber t, Object value) {
        if (!fresh) {
            dev.weft.nodes.Owned.disown(value);
        }
        if (slot < 0 && value instanceof dev.weft.runtime.WeftCoroutine c && !c.isStarted()) {
            dev.weft.runtime.Warnings.neverAwaited(t, c, t.frame.code, line);
        }
        if (slot >= 0) {
            t.frame.slots[slot] = value;
        }
        return next;
    }
}
