// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;

/** Calling a class: make the instance ({@code __new__}), then initialise it ({@code __init__}). */
final class Construct {
    private Construct() {}

    static Step call(Fiber t, CallSite site, WeftType type, Object[] args, String[] kwnames) {
        if (type == Types.TYPE) {
            int positional = args.length - (kwnames == null ? 0 : kwnames.length);
            if (positional == 1 && kwnames == null) {
                return site.returned(t, Types.of(args[0]));
            }
            if (positional != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
        }
        if (type.isBuiltin()) {
            if (collectsGenerator(type, args, kwnames)) {
                return GeneratorDrain.collect(t, site, (WeftGenerator) args[0],
                        items -> factory(type).make(t, type, new Object[] {items}, null));
            }
            return site.returned(t, factory(type).make(t, type, args, kwnames));
        }
        Object instance = makeInstance(t, type, args, kwnames);
        WeftType made = Types.of(instance);
        if (!made.isSubtypeOf(type)) {
            return site.returned(t, instance);
        }
        Object init = made.lookup("__init__");
        if (init instanceof WeftFunction f) {
            return f.invoke(t, new InitSite(site, instance), Calls.prepend(instance, args),
                    kwnames);
        }
        if (init == ObjectMethods.INIT && args.length > 0 && type.solidBase() == Types.OBJECT
                && type.lookup("__new__") == null) {
            throw Errors.typeError(type.name() + "() takes no arguments");
        }
        if (init != null && init != ObjectMethods.INIT) {
            Calls.callDirect(t, init, Calls.prepend(instance, args), kwnames);
        }
        return site.returned(t, instance);
    }

    /** How a builtin type makes instances; CPython's error for the types scripts cannot make. */
    private static Factory factory(WeftType type) {
        Factory f = type.factory();
        if (f == null) {
            throw Errors.typeError("cannot create '" + type.name() + "' instances");
        }
        return f;
    }

    /**
     * list(g), tuple(g), set(g), frozenset(g), dict(g): the container is made from all of the
     * generator's items, so they are collected on the trampoline first (where the generator
     * may wait) and the container made from that list.
     */
    private static boolean collectsGenerator(WeftType type, Object[] args, String[] kwnames) {
        return args.length == 1 && kwnames == null && args[0] instanceof WeftGenerator g
                && !g.isAsync() && (type == Types.LIST || type == Types.TUPLE
                        || type == Types.SET || type == Types.FROZENSET || type == Types.DICT);
    }

    private static Object makeInstance(Fiber t, WeftType type, Object[] args, String[] kwnames) {
        Object userNew = type.lookup("__new__");
        if (userNew instanceof WeftStaticMethod sm) {
            return Calls.callDirect(t, sm.function, Calls.prepend(type, args), kwnames);
        }
        return factory(type).make(t, type, args, kwnames);
    }

    /** Waits for a script {@code __init__} to return, then hands the instance to the caller. */
    private static final class InitSite extends dev.weft.cps.RelaySite {
        private final Object instance;

        InitSite(CallSite site, Object instance) {
            super(site);
            this.instance = instance;
        }

        @Override
        public Step returned(Fiber t, Object value) {
            if (value != WeftNone.NONE) {
                return t.raise(Errors.typeError("__init__() should return None, not '"
                        + Types.name(value) + "'"), site);
            }
            return site.returned(t, instance);
        }
    }
}
