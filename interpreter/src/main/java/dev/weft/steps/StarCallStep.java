// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import java.util.ArrayList;
import java.util.List;

/** A call with {@code *args} or {@code **kwargs} unpacking: arguments are assembled at run time. */
public final class StarCallStep extends CallSite {
    public static final int POSITIONAL = 0;
    public static final int STAR = 1;
    public static final int KEYWORD = 2;
    public static final int DOUBLE_STAR = 3;

    final Node callee;
    final Node[] parts;
    final int[] kinds;
    /** Keyword names, parallel to parts (null except for KEYWORD parts). */
    final String[] names;
    final int slot;
    public Step next;
    /** The call is directly under {@code await}: a waiting builtin's value is passed through. */
    public boolean awaited;

    public StarCallStep(Node callee, Node[] parts, int[] kinds, String[] names, int slot) {
        this.callee = callee;
        this.parts = parts;
        this.kinds = kinds;
        this.names = names;
        this.slot = slot;
    }

    @Override
    public Step run(Fiber t) {
        Frame f = t.frame;
        runPre(t, f);
        Object fn = callee.eval(t, f);
        List<Object> positional = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Object> kwValues = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Object v = parts[i].eval(t, f);
            switch (kinds[i]) {
                case POSITIONAL -> positional.add(v);
                case STAR -> spread(t, fn, v, positional);
                case KEYWORD -> addKeyword(t, fn, names[i], v, kwNames, kwValues);
                default -> spreadMapping(t, fn, v, kwNames, kwValues);
            }
        }
        Object[] argv = new Object[positional.size() + kwValues.size()];
        int n = 0;
        for (Object v : positional) {
            argv[n++] = v;
        }
        for (Object v : kwValues) {
            argv[n++] = v;
        }
        String[] kw = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);
        CallSite site = awaited && AwaitedSite.suspends(fn) ? new AwaitedSite(this) : this;
        return Calls.call(t, site, fn, argv, kw);
    }

    private static void spread(Fiber t, Object fn, Object v, List<Object> out) {
        if (!(v instanceof dev.weft.runtime.WeftTuple) && !(v instanceof dev.weft.runtime.WeftList)
                && !isIterable(t, v)) {
            throw Errors.typeError(describe(t, fn) + " argument after * must be an iterable, not "
                    + Types.name(v));
        }
        for (Object x : Iter.toArray(t, v)) {
            out.add(x);
        }
    }

    private static boolean isIterable(Fiber t, Object v) {
        try {
            Iter.iter(t, v);
            return true;
        } catch (dev.weft.runtime.WeftError e) {
            return false;
        }
    }

    private static void spreadMapping(Fiber t, Object fn, Object m, List<String> names,
            List<Object> values) {
        if (m instanceof WeftDict d) {
            for (int e = 0; e < d.end(); e++) {
                Object k = d.keyAt(e);
                if (k != null) {
                    addKeyword(t, fn, keyName(t, fn, k), d.valueAt(e), names, values);
                }
            }
            return;
        }
        Object keys = Attrs.lookup(t, m, "keys");
        if (keys == null) {
            throw Errors.typeError(describe(t, fn) + " argument after ** must be a mapping, not "
                    + Types.name(m));
        }
        for (Object k : Iter.toArray(t, Calls.callDirect(t, keys))) {
            addKeyword(t, fn, keyName(t, fn, k), Protocols.getItem(t, m, k), names, values);
        }
    }

    private static String keyName(Fiber t, Object fn, Object k) {
        String s = dev.weft.runtime.ValueInstance.str(k);
        if (s != null) {
            return s;
        }
        throw Errors.typeError(describe(t, fn) + " keywords must be strings");
    }

    private static void addKeyword(Fiber t, Object fn, String name, Object v, List<String> names,
            List<Object> values) {
        if (names.contains(name)) {
            throw Errors.typeError(describe(t, fn) + " got multiple values for keyword argument '"
                    + name + "'");
        }
        names.add(name);
        values.add(v);
    }

    /** How CPython names the callee in argument errors: {@code f()}. */
    private static String describe(Fiber t, Object fn) {
        if (fn instanceof dev.weft.runtime.WeftFunction f) {
            return f.qualname + "()";
        }
        if (fn instanceof dev.weft.runtime.WeftBuiltin b) {
            return b.name() + "()";
        }
        if (fn instanceof dev.weft.runtime.WeftType c) {
            return c.name() + "()";
        }
        return Reprs.repr(t, fn);
    }

    @Override
    public Step returned(Fiber t, Object value) {
        dev.weft.nodes.Owned.disown(value);
        if (slot >= 0) {
            t.frame.slots[slot] = value;
        }
        return next;
    }
}
