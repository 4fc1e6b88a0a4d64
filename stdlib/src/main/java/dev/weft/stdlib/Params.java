// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.builtins.ParamSpec;
import dev.weft.runtime.Errors;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A library function's parameters, declared in Python notation and bound per call. Two families
 * of CPython messages exist and scripts see both: functions written in C with Argument Clinic
 * ({@code "isclose() takes exactly 2 positional arguments (3 given)"}) and functions written
 * in Python ({@code "Random.randint() missing 1 required positional argument: 'b'"}).
 * {@link #clinic} and {@link #python} pick the family. A parameter with {@code =} is optional
 * and binds to null when not given; {@code /}, {@code *}, {@code *args} and {@code **kw} work
 * as in Python.
 */
public final class Params {
    private final String name;
    private final boolean python;
    private final String[] names;
    private final boolean[] optional;
    /** Parameters before this index are positional-only. */
    private final int posonly;
    /** Parameters before this index may be given by position. */
    private final int positional;
    private final int varargs;
    private final int varkw;

    private Params(ParamSpec p, boolean python) {
        this.name = p.name();
        this.python = python;
        this.names = p.names();
        this.optional = p.optional();
        this.posonly = p.posonly();
        this.positional = p.positional();
        this.varargs = p.varargs();
        this.varkw = p.varkw();
    }

    /** A function written in C: {@code Params.clinic("isclose(a, b, *, rel_tol=, abs_tol=)")}. */
    public static Params clinic(String spec) {
        return parse(spec, false);
    }

    /** A function written in Python; a method's spec names {@code self}: "Random.seed(self, a=)". */
    public static Params python(String spec) {
        return parse(spec, true);
    }

    private static Params parse(String spec, boolean python) {
        return new Params(ParamSpec.parse(spec), python);
    }

    /** The slots in declaration order: null for an optional parameter not given. */
    public Object[] bind(Object[] args, String[] kwnames) {
        Object[] out = new Object[names.length];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > positional && varargs < 0) {
            throw tooMany(npos);
        }
        System.arraycopy(args, 0, out, 0, Math.min(npos, positional));
        if (varargs >= 0) {
            Object[] rest = new Object[Math.max(0, npos - positional)];
            System.arraycopy(args, positional, rest, 0, rest.length);
            out[varargs] = WeftTuple.of(rest);
        }
        WeftDict extra = null;
        if (varkw >= 0) {
            extra = new WeftDict();
            out[varkw] = extra;
        }
        for (int k = 0; k < nkw; k++) {
            keyword(out, kwnames[k], args[npos + k], extra);
        }
        checkMissing(out, npos);
        return out;
    }

    private void keyword(Object[] out, String kw, Object value, WeftDict extra) {
        for (int i = posonly; i < names.length; i++) {
            if (i != varargs && i != varkw && names[i].equals(kw)) {
                if (out[i] != null) {
                    throw Errors.typeError(python ? name + "() got multiple values for argument '"
                            + kw + "'" : "argument for " + name + "() given by name ('" + kw
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
        if (python) {
            throw Errors.typeError(name + "() got an unexpected keyword argument '" + kw + "'");
        }
        if (posonly == names.length) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        throw Errors.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
    }

    private RuntimeException tooMany(int given) {
        int min = required(positional);
        String s = positional == 1 ? "" : "s";
        if (python) {
            String range = min == positional ? "" + positional : "from " + min + " to "
                    + positional;
            return Errors.typeError(name + "() takes " + range + " positional argument"
                    + (positional == 1 && min == positional ? "" : "s") + " but " + given
                    + (given == 1 ? " was" : " were") + " given");
        }
        return Errors.typeError(name + "() takes " + (min == positional ? "exactly" : "at most")
                + " " + positional + " positional argument" + s + " (" + given + " given)");
    }

    /** How many of the first {@code n} parameters are required. */
    private int required(int n) {
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (!optional[i]) {
                r++;
            }
        }
        return r;
    }

    private void checkMissing(Object[] out, int npos) {
        List<String> missing = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < positional; i++) {
            if (out[i] == null && !optional[i]) {
                missing.add(names[i]);
                first = first < 0 ? i : first;
            }
        }
        if (!missing.isEmpty()) {
            throw missingError(missing, first, npos, "positional");
        }
        for (int i = positional; i < names.length; i++) {
            if (out[i] == null && !optional[i] && i != varargs && i != varkw) {
                missing.add(names[i]);
                first = first < 0 ? i : first;
            }
        }
        if (!missing.isEmpty()) {
            throw missingError(missing, first, npos, "keyword-only");
        }
    }

    private RuntimeException missingError(List<String> missing, int first, int npos,
            String kind) {
        if (python) {
            return Errors.typeError(name + "() missing " + missing.size() + " required " + kind
                    + " argument" + (missing.size() == 1 ? "" : "s") + ": " + quoted(missing));
        }
        if (first < posonly) {
            int min = required(posonly);
            return Errors.typeError(name + "() takes " + (min == positional ? "exactly"
                    : "at least") + " " + min + " positional argument" + (min == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        return Errors.typeError(name + "() missing required argument '" + names[first]
                + "' (pos " + (first + 1) + ")");
    }

    /** 'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's list of missing names). */
    private static String quoted(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }
}
