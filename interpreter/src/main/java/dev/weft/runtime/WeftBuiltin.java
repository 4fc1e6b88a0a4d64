// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;

/**
 * A function written in Java. A builtin stored in a type's dictionary with {@link #binds} set is a
 * method: looked up on an instance it binds that instance as its first argument.
 */
public final class WeftBuiltin implements WeftObject {
    private final String name;
    private final NativeCode code;
    private final CpsCode cps;
    private final boolean binds;
    /** The type a method belongs to, for its repr; null for plain functions. */
    private WeftType owner;
    /** The module that defines it ({@code __module__}), once a module claims it. */
    private String module;
    /** May park the calling task (sleep, join, get...): awaitable when called under await. */
    private boolean suspending;

    private WeftBuiltin(String name, NativeCode code, CpsCode cps, boolean binds) {
        this.name = name;
        this.code = code;
        this.cps = cps;
        this.binds = binds;
    }

    /** __module__: the defining module's name, None for methods and unclaimed functions. */
    public String module() {
        return module;
    }

    /**
     * Marks every builtin function in {@code namespace} that no module has claimed as
     * defined by module {@code name} (a Java module once populated, and builtins).
     */
    public static void claimAll(WeftDict namespace, String name) {
        for (int e = 0; e < namespace.end(); e++) {
            if (namespace.valueAt(e) instanceof WeftBuiltin b && !b.binds && b.module == null) {
                b.module = name;
            }
        }
    }

    public static WeftBuiltin function(String name, NativeCode code) {
        return new WeftBuiltin(name, code, null, false);
    }

    public static WeftBuiltin cpsFunction(String name, CpsCode cps) {
        return new WeftBuiltin(name, null, cps, false);
    }

    public static WeftBuiltin method(String name, NativeCode code) {
        return new WeftBuiltin(name, code, null, true);
    }

    public static WeftBuiltin cpsMethod(String name, CpsCode cps) {
        return new WeftBuiltin(name, null, cps, true);
    }

    @Override
    public WeftType type() {
        return Types.BUILTIN_FUNCTION;
    }

    public boolean isSuspending() {
        return suspending;
    }

    /** Marks a builtin that may park its task: {@code await f()} then awaits what it delivers. */
    public WeftBuiltin suspending() {
        this.suspending = true;
        return this;
    }

    public String name() {
        return name;
    }

    public boolean binds() {
        return binds;
    }

    public WeftType owner() {
        return owner;
    }

    public WeftBuiltin ownedBy(WeftType owner) {
        this.owner = owner;
        return this;
    }

    /** Calls it from a call site (trampolined). */
    public Step invoke(Fiber t, CallSite site, Object[] args, String[] kwnames) {
        if (cps != null) {
            return cps.call(t, site, args, kwnames);
        }
        return site.returned(t, code.call(t, args, kwnames));
    }

    /** Calls it from Java; a trampolined builtin runs nested. */
    public Object callDirect(Fiber t, Object[] args, String[] kwnames) {
        if (code != null) {
            return code.call(t, args, kwnames);
        }
        return t.callNested(this, args, kwnames);
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
