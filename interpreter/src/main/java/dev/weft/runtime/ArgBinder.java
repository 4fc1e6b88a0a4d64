// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to parameter slots with CPython's rules and error messages. */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(Fiber t, WeftFunction fn, Object[] slots, Object[] args, String[] kwnames) {
        Code c = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int n = c.argcount;
        System.arraycopy(args, 0, slots, 0, Math.min(npos, n));
        int slot = n + c.kwonlycount;
        if (c.varargs) {
            int extra = Math.max(0, npos - n);
            Object[] rest = new Object[extra];
            if (extra > 0) {
                System.arraycopy(args, n, rest, 0, extra);
            }
            slots[slot++] = WeftTuple.of(rest);
        } else if (npos > n) {
            throw tooManyPositional(fn, npos, args, kwnames);
        }
        WeftDict kwargs = c.varkw ? new WeftDict() : null;
        if (c.varkw) {
            slots[slot] = kwargs;
        }
        for (int i = 0; i < nkw; i++) {
            bindKeyword(t, fn, slots, kwnames[i], args[npos + i], kwargs);
        }
        fillDefaults(fn, slots, npos);
    }

    private static void bindKeyword(Fiber t, WeftFunction fn, Object[] slots, String name,
            Object value, WeftDict kwargs) {
        Code c = fn.code;
        int idx = -1;
        for (int p = c.posonlycount; p < c.argcount + c.kwonlycount; p++) {
            if (c.paramNames[p].equals(name)) {
                idx = p;
                break;
            }
        }
        if (idx >= 0) {
            if (slots[idx] != null) {
                throw Errors.typeError(fn.qualname + "() got multiple values for argument '"
                        + name + "'");
            }
            slots[idx] = value;
            return;
        }
        if (kwargs != null) {
            if (kwargs.containsKey(t, name)) {
                throw Errors.typeError(fn.qualname + "() got multiple values for keyword argument '"
                        + name + "'");
            }
            kwargs.put(t, name, value);
            return;
        }
        for (int p = 0; p < c.posonlycount; p++) {
            if (c.paramNames[p].equals(name)) {
                throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed"
                        + " as keyword arguments: '" + name + "'");
            }
        }
        throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name
                + "'");
    }

    private static void fillDefaults(WeftFunction fn, Object[] slots, int npos) {
        Code c = fn.code;
        int n = c.argcount;
        Object[] defaults = fn.defaults;
        int firstDefault = n - defaults.length;
        List<String> missing = null;
        for (int i = npos; i < n; i++) {
            if (slots[i] == null) {
                if (i >= firstDefault) {
                    slots[i] = defaults[i - firstDefault];
                } else {
                    missing = add(missing, c.paramNames[i]);
                }
            }
        }
        if (missing != null) {
            throw missing(fn, missing, "positional");
        }
        for (int i = n; i < n + c.kwonlycount; i++) {
            if (slots[i] == null) {
                Object d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(c.paramNames[i]);
                if (d != null) {
                    slots[i] = d;
                } else {
                    missing = add(missing, c.paramNames[i]);
                }
            }
        }
        if (missing != null) {
            throw missing(fn, missing, "keyword-only");
        }
    }

    private static List<String> add(List<String> list, String name) {
        List<String> l = list == null ? new ArrayList<>() : list;
        l.add("'" + name + "'");
        return l;
    }

    private static WeftError missing(WeftFunction fn, List<String> names, String kind) {
        int k = names.size();
        String list;
        if (k == 1) {
            list = names.get(0);
        } else if (k == 2) {
            list = names.get(0) + " and " + names.get(1);
        } else {
            list = String.join(", ", names.subList(0, k - 1)) + ", and " + names.get(k - 1);
        }
        return Errors.typeError(fn.qualname + "() missing " + k + " required " + kind + " argument"
                + (k == 1 ? "" : "s") + ": " + list);
    }

    private static WeftError tooManyPositional(WeftFunction fn, int given, Object[] args,
            String[] kwnames) {
        Code c = fn.code;
        int max = c.argcount;
        int min = max - fn.defaults.length;
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        String plural = min == max && max == 1 ? "" : "s";
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int p = c.argcount; p < c.argcount + c.kwonlycount; p++) {
                    if (c.paramNames[p].equals(k)) {
                        kwonlyGiven++;
                    }
                }
            }
        }
        String given1 = given + " positional argument" + (given == 1 ? "" : "s");
        if (kwonlyGiven > 0) {
            return Errors.typeError(fn.qualname + "() takes " + takes + " positional argument"
                    + plural + " but " + given1 + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven == 1 ? "" : "s") + ") were given");
        }
        return Errors.typeError(fn.qualname + "() takes " + takes + " positional argument" + plural
                + " but " + given + (given == 1 ? " was" : " were") + " given");
    }
}
