// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftTuple;

/**
 * A builtin's parameter list, declared once in Python notation and bound per call with
 * CPython's messages: {@code Sig.of("sorted(iterable, /, *, key=None, reverse=False)")}.
 * Parameters before {@code /} are positional-only; after {@code *} keyword-only; {@code *args}
 * collects extras into a tuple; {@code **kw} into a dict. A parameter with {@code =} is optional
 * and binds to null when not given (the builtin supplies the real default).
 */
public final class Sig {
    private final String name;
    private final String[] names;
    private final boolean[] optional;
    private final int positional;
    private final int posonly;
    private final int varargs;
    private final int varkw;

    private Sig(ParamSpec p) {
        this.name = p.name();
        this.names = p.names();
        this.optional = p.optional();
        this.positional = p.positional();
        this.posonly = p.posonly();
        this.varargs = p.varargs();
        this.varkw = p.varkw();
    }

    public static Sig of(String spec) {
        return new Sig(ParamSpec.parse(spec));
    }

    public String name() {
        return name;
    }

    /** Binds a call's arguments to parameter slots (null where an optional one was not given). */
    public Object[] bind(Object[] args, String[] kwnames) {
        Object[] out = new Object[names.length];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int fixed = varargs >= 0 ? varargs : positional;
        if (npos > fixed && varargs < 0) {
            throw tooMany(npos, nkw);
        }
        System.arraycopy(args, 0, out, 0, Math.min(npos, fixed));
        if (varargs >= 0) {
            Object[] rest = new Object[Math.max(0, npos - fixed)];
            System.arraycopy(args, fixed, rest, 0, rest.length);
            out[varargs] = WeftTuple.of(rest);
        }
        WeftDict extra = varkw >= 0 ? new WeftDict() : null;
        if (varkw >= 0) {
            out[varkw] = extra;
        }
        for (int k = 0; k < nkw; k++) {
            bindKeyword(out, kwnames[k], args[npos + k], extra);
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null && !optional[i]) {
                throw missing(i);
            }
        }
        return out;
    }

    private void bindKeyword(Object[] out, String kw, Object value, WeftDict extra) {
        for (int i = posonly; i < names.length; i++) {
            if (i != varargs && i != varkw && names[i].equals(kw)) {
                if (out[i] != null) {
                    throw Errors.typeError("argument for " + name + "() given by name ('" + kw
                            + "') and position (" + (i + 1) + ")");
                }
                out[i] = value;
                return;
            }
        }
        if (extra != null) {
            extra.putStr(kw, value);
            return;
        }
        if (names.length == 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        throw Errors.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
    }

    private RuntimeException tooMany(int given, int nkw) {
        int max = positional;
        int min = 0;
        while (min < max && !optional[min]) {
            min++;
        }
        if (max == 0) {
            return Errors.typeError(name + "() takes no arguments (" + given + " given)");
        }
        if (min == max) {
            return Errors.typeError(name + "() takes exactly " + count(max) + " ("
                    + given + " given)");
        }
        return Errors.typeError(name + "() takes at most " + max + " argument"
                + (max == 1 ? "" : "s") + " (" + given + " given)");
    }

    private static String count(int n) {
        return n == 1 ? "one argument" : n + " arguments";
    }

    private RuntimeException missing(int i) {
        if (i < posonly || i < positional && names.length == 1) {
            return Errors.typeError(name + "() takes exactly " + count(positional) + " (0 given)");
        }
        return Errors.typeError(name + "() missing required argument '" + names[i] + "' (pos "
                + (i + 1) + ")");
    }

    /** Fails unless exactly {@code n} positional arguments and no keywords were given. */
    public static void exactly(String name, Object[] args, String[] kwnames, int n) {
        noKeywords(name, kwnames);
        if (args.length != n) {
            throw Errors.typeError(name + "() takes exactly " + count(n) + " (" + args.length
                    + " given)");
        }
    }

    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** Fails unless between {@code min} and {@code max} positional arguments were given. */
    public static void between(String name, Object[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        if (args.length < min) {
            throw Errors.typeError(name + " expected at least " + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + args.length);
        }
        if (args.length > max) {
            throw Errors.typeError(name + " expected at most " + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + args.length);
        }
    }
}
