// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;

/** Calling any callable value from a call site: the one dispatch point of the call protocol. */
public final class Calls {
    private Calls() {}

    /** Calls {@code fn}; the site hears the result (perhaps after frames run on the trampoline). */
    public static Step call(Fiber t, CallSite site, Object fn, Object[] args, String[] kwnames) {
        if (fn instanceof WeftFunction f) {
            return f.invoke(t, site, args, kwnames);
        }
        if (fn instanceof WeftBuiltin b) {
            return b.invoke(t, site, args, kwnames);
        }
        if (fn instanceof WeftMethod m) {
            return call(t, site, m.function, m.withSelf(args), kwnames);
        }
        if (fn instanceof WeftType type) {
            if (!type.hasPlainMetatype()) {
                Object call = type.type().lookup("__call__");
                if (call != TypeMethods.CALL) {
                    return call(t, site, Attrs.bind(t, call, type, type.type()), args,
                            kwnames);
                }
            }
            return Construct.call(t, site, type, args, kwnames);
        }
        if (fn instanceof WeftGenericAlias g) {
            // list[int]() is list(): the alias constructs its class.
            return call(t, site, g.origin(), args, kwnames);
        }
        Object dunder = Types.of(fn).lookup("__call__");
        if (dunder != null) {
            return call(t, site, dunder, prepend(fn, args), kwnames);
        }
        throw Errors.notCallable(fn);
    }

    /** Calls {@code fn} from Java and returns its result (a nested run for script code). */
    public static Object callDirect(Fiber t, Object fn, Object[] args, String[] kwnames) {
        if (fn instanceof WeftBuiltin b) {
            return b.callDirect(t, args, kwnames);
        }
        return t.callNested(fn, args, kwnames);
    }

    public static Object callDirect(Fiber t, Object fn, Object... args) {
        return callDirect(t, fn, args, null);
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    public static boolean isCallable(Object o) {
        return o instanceof WeftFunction || o instanceof WeftBuiltin || o instanceof WeftMethod
                || o instanceof WeftType || o instanceof WeftGenericAlias
                || Types.of(o).lookup("__call__") != null;
    }
}
