// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.JavaClass;
import dev.weft.stdlib.Params;
import java.util.Arrays;

/** re.Match: the class and its method table. */
final class MatchType {
    private MatchType() {}

    static final WeftType MATCH = JavaClass.make("re", "Match", Types.OBJECT);

    private static final Params GROUPS = Params.clinic("groups(default=)");
    private static final Params GROUPDICT = Params.clinic("groupdict(default=)");
    private static final Params EXPAND = Params.clinic("expand(template)");

    static {
        JavaClass.constructor(MATCH, (t, a, k) -> {
            throw Errors.typeError("cannot create 're.Match' instances");
        });
        JavaClass.method(MATCH, "group", MatchType::group);
        JavaClass.method(MATCH, "__getitem__", (t, a, k) -> {
            MatchObject m = self(a);
            return m.group(index(t, m, a[1]));
        });
        JavaClass.method(MATCH, "groups", (t, a, k) -> {
            Object dflt = orNone(GROUPS.bind(rest(a), k)[0]);
            MatchObject m = self(a);
            Object[] out = new Object[m.groups()];
            for (int g = 1; g <= m.groups(); g++) {
                out[g - 1] = m.group(g, dflt);
            }
            return WeftTuple.of(out);
        });
        JavaClass.method(MATCH, "groupdict", (t, a, k) -> {
            Object dflt = orNone(GROUPDICT.bind(rest(a), k)[0]);
            MatchObject m = self(a);
            WeftDict d = new WeftDict();
            m.re().names.entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByValue())
                    .forEach(e -> d.putStr(e.getKey(), m.group(e.getValue(), dflt)));
            return d;
        });
        spans();
        attributes();
        JavaClass.method(MATCH, "expand", (t, a, k) -> {
            Object template = EXPAND.bind(rest(a), k)[0];
            return PatternType.expand(t, self(a), template);
        });
        JavaClass.method(MATCH, "__repr__", (t, a, k) -> {
            MatchObject m = self(a);
            return "<re.Match object; span=(" + m.start(0) + ", " + m.end(0) + "), match="
                    + Reprs.repr(t, m.group(0)) + ">";
        });
        JavaClass.method(MATCH, "__copy__", (t, a, k) -> self(a));
        JavaClass.method(MATCH, "__deepcopy__", (t, a, k) -> self(a));
    }

    private static void spans() {
        JavaClass.method(MATCH, "start", (t, a, k) -> (long) self(a).start(optionalGroup(t, a)));
        JavaClass.method(MATCH, "end", (t, a, k) -> (long) self(a).end(optionalGroup(t, a)));
        JavaClass.method(MATCH, "span", (t, a, k) -> {
            MatchObject m = self(a);
            int g = optionalGroup(t, a);
            return span(m, g);
        });
    }

    private static void attributes() {
        JavaClass.getter(MATCH, "pos", (t, o) -> (long) ((MatchObject) o).engine.pos);
        JavaClass.getter(MATCH, "endpos", (t, o) -> (long) ((MatchObject) o).engine.endpos);
        JavaClass.getter(MATCH, "re", (t, o) -> ((MatchObject) o).engine.pattern);
        JavaClass.getter(MATCH, "string", (t, o) -> ((MatchObject) o).engine.subject.original);
        JavaClass.getter(MATCH, "lastindex", (t, o) -> {
            int g = ((MatchObject) o).lastIndex();
            return g == 0 ? WeftNone.NONE : (Object) (long) g;
        });
        JavaClass.getter(MATCH, "lastgroup", (t, o) -> {
            MatchObject m = (MatchObject) o;
            int g = m.lastIndex();
            for (var e : m.re().names.entrySet()) {
                if (g != 0 && e.getValue() == g) {
                    return e.getKey();
                }
            }
            return WeftNone.NONE;
        });
        JavaClass.getter(MATCH, "regs", (t, o) -> {
            MatchObject m = (MatchObject) o;
            Object[] out = new Object[m.groups() + 1];
            for (int g = 0; g <= m.groups(); g++) {
                out[g] = span(m, g);
            }
            return WeftTuple.of(out);
        });
    }

    private static Object group(Fiber t, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("group() takes no keyword arguments");
        }
        MatchObject m = self(a);
        if (a.length <= 2) {
            return m.group(a.length == 1 ? 0 : index(t, m, a[1]));
        }
        Object[] out = new Object[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            out[i - 1] = m.group(index(t, m, a[i]));
        }
        return WeftTuple.of(out);
    }

    private static WeftTuple span(MatchObject m, int g) {
        return WeftTuple.of((long) m.start(g), (long) m.end(g));
    }

    /** The group argument of start/end/span (default 0). */
    private static int optionalGroup(Fiber t, Object[] a) {
        return a.length > 1 ? index(t, self(a), a[1]) : 0;
    }

    /** A group given by number or name; IndexError "no such group" otherwise. */
    static int index(Fiber t, MatchObject m, Object g) {
        g = dev.weft.runtime.ValueInstance.unwrap(g);
        if (g instanceof String name) {
            Integer n = m.re().names.get(name);
            if (n != null) {
                return n;
            }
        } else if (IntOps.isInt(g)) {
            long n = IntOps.clampLong(g instanceof Boolean b ? (Object) (b ? 1L : 0L) : g);
            if (n >= 0 && n <= m.groups()) {
                return (int) n;
            }
        }
        throw Errors.indexError("no such group");
    }

    static MatchObject self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof MatchObject m)) {
            throw Errors.typeError("descriptor requires a 're.Match' object");
        }
        return m;
    }

    private static Object[] rest(Object[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    private static Object orNone(Object o) {
        return o == null ? WeftNone.NONE : o;
    }
}
