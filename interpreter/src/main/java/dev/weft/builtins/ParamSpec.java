// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter list written in Python notation, {@code "sorted(iterable, /, *, key=, reverse=)"},
 * parsed once: the names in order, which are optional ({@code =}), and where the positional-only
 * ({@code /}), keyword-only ({@code *} or {@code *args}) and {@code **kw} parts begin. Binders
 * with different message families ({@link Sig}, the stdlib's Params) share it.
 *
 * @param posonly parameters before this index are positional-only
 * @param positional parameters before this index may be given by position
 * @param varargs the index of {@code *args}, or -1
 * @param varkw the index of {@code **kw}, or -1
 */
public record ParamSpec(String name, String[] names, boolean[] optional, int posonly,
        int positional, int varargs, int varkw) {

    public static ParamSpec parse(String spec) {
        int open = spec.indexOf('(');
        String inner = spec.substring(open + 1, spec.lastIndexOf(')')).trim();
        List<String> names = new ArrayList<>();
        List<Boolean> optional = new ArrayList<>();
        int posonly = 0;
        int positional = -1;
        int varargs = -1;
        int varkw = -1;
        for (String raw : inner.isEmpty() ? new String[0] : inner.split(",")) {
            String p = raw.trim();
            if (p.equals("/")) {
                posonly = names.size();
            } else if (p.equals("*")) {
                positional = names.size();
            } else if (p.startsWith("**")) {
                varkw = names.size();
                names.add(p.substring(2));
                optional.add(true);
            } else if (p.startsWith("*")) {
                positional = names.size();
                varargs = names.size();
                names.add(p.substring(1));
                optional.add(true);
            } else {
                int eq = p.indexOf('=');
                names.add(eq < 0 ? p : p.substring(0, eq).trim());
                optional.add(eq >= 0);
            }
        }
        if (positional < 0) {
            positional = varkw >= 0 ? varkw : names.size();
        }
        boolean[] opt = new boolean[optional.size()];
        for (int i = 0; i < opt.length; i++) {
            opt[i] = optional.get(i);
        }
        return new ParamSpec(spec.substring(0, open), names.toArray(new String[0]), opt,
                posonly, positional, varargs, varkw);
    }
}
