// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftFunction;
import dev.weft.runtime.WeftInstance;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftSuper;
import dev.weft.runtime.WeftType;

/**
 * {@code obj.name(args)}: when the method is a plain function or builtin method found on the
 * type, it is called with {@code obj} prepended, without making a bound method object.
 */
public final class MethodCallStep extends CallSite {
    final Node obj;
    final String name;
    final Node[] args;
    final String[] kwnames;
    final int slot;
    public Step next;
    /** The call is directly under {@code await}: a waiting builtin's value is passed through. */
    public boolean awaited;

    public MethodCallStep(Node obj, String name, Node[] args, String[] kwnames, int slot) {
        this.obj = obj;
        this.name = name;
        this.args = args;
        this.kwnames = kwnames;
        this.slot = slot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        Object self = obj.eval(t, f);
        Object method = unboundMethod(self);
        if (method != null) {
            Object[] argv = evalArgs(t, f, 1);
            argv[0] = self;
            if (method instanceof WeftFunction fn) {
                return fn.invoke(t, this, argv, kwnames);
            }
            return ((WeftBuiltin) method).invoke(t, siteFor(method), argv, kwnames);
        }
        Object fn = Attrs.get(t, self, name);
        return Calls.call(t, siteFor(fn), fn, evalArgs(t, f, 0), kwnames);
    }

    /** The function to call with self prepended, or null when normal lookup must run. */
    private Object unboundMethod(Object self) {
        if (self instanceof WeftType || self instanceof WeftModule || self instanceof WeftSuper) {
            return null;
        }
        WeftType type = Types.of(self);
        if (!type.isBuiltin() && type.lookup("__getattribute__") != dev.weft.runtime.ObjectMethods.GETATTRIBUTE) {
            return null;
        }
        Object m = type.lookup(name);
        if (m instanceof WeftFunction) {
            if (self instanceof WeftInstance i && i.dict().findStr(name) >= 0) {
                return null;
            }
            return m;
        }
        if (m instanceof WeftBuiltin b && b.binds()) {
            return m;
        }
        return null;
    }

    private Object[] evalArgs(Fiber t, Frame f, int offset) {
        Node[] a = args;
        Object[] argv = new Object[a.length + offset];
        for (int i = 0; i < a.length; i++) {
            argv[i + offset] = a[i].eval(t, f);
        }
        return argv;
    }

    /** The site the callee reports to: this one, or a wrapper under {@code await}. */
    private CallSite siteFor(Object fn) {
        return awaited && AwaitedSite.suspends(fn) ? new AwaitedSite(this) : this;
    }

    @Override
    public Step returned(Fiber t, Object value) {
        dev.weft.nodes.Owned.disown(value);
        if (slot < 0 && value instanceof dev.weft.runtime.WeftCoroutine c && !c.isStarted()) {
            dev.weft.runtime.Warnings.neverAwaited(t, c, t.frame.code, line);
        }
        if (slot >= 0) {
            t.frame.slots[slot] = value;
        }
        return next;
    }
}
