// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import dev.weft.runtime.text.FloatRepr;
import dev.weft.runtime.text.StrRepr;
import java.util.IdentityHashMap;
import java.util.Map;

/** The reprs of builtin containers and objects; a container inside itself prints as "...". */
final class ContainerReprs {
    private ContainerReprs() {}

    /** Containers whose repr is being built on this thread, to cut self-reference. */
    private static final ThreadLocal<Map<Object, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    static String repr(Fiber t, Object o) {
        if (o instanceof WeftList l) {
            return guarded(o, "[...]", () -> join(t, l.array(), l.size(), "[", "]"));
        }
        if (o instanceof WeftTuple tu) {
            if (tu.size() == 1) {
                return guarded(o, "(...)", () -> "(" + Reprs.repr(t, tu.get(0)) + ",)");
            }
            return guarded(o, "(...)", () -> join(t, tu.items(), tu.size(), "(", ")"));
        }
        if (o instanceof WeftDict d) {
            return guarded(o, "{...}", () -> dict(t, d));
        }
        if (o instanceof WeftSet s) {
            return guarded(o, s.type().name() + "(...)", () -> SetOps.repr(t, s));
        }
        return objectRepr(t, o);
    }

    private static String objectRepr(Fiber t, Object o) {
        if (o instanceof WeftType c) {
            return c.toString();
        }
        if (o instanceof WeftFunction f) {
            return "<function " + f.qualname + " at " + Reprs.address(f) + ">";
        }
        if (o instanceof WeftBuiltin b) {
            if (b.binds() && b.owner() != null) {
                // A method looked up on its type: list.append, list.__add__.
                String kind = b.name().startsWith("__") ? "slot wrapper" : "method";
                return "<" + kind + " '" + b.name() + "' of '" + b.owner().name() + "' objects>";
            }
            return "<built-in function " + b.name() + ">";
        }
        if (o instanceof WeftMethod m) {
            return methodRepr(t, m);
        }
        if (o instanceof WeftError e) {
            return Reprs.errorRepr(t, e);
        }
        if (o instanceof WeftBytes b) {
            return b.repr();
        }
        if (o instanceof WeftComplex c) {
            return complex(c);
        }
        if (o instanceof WeftRepresentable r) {
            return r.repr(t);
        }
        return Reprs.defaultRepr(o);
    }

    private static String methodRepr(Fiber t, WeftMethod m) {
        if (m.function instanceof WeftBuiltin b) {
            return "<built-in method " + b.name() + " of " + Types.name(m.self) + " object at "
                    + Reprs.address(m.self) + ">";
        }
        String qual = m.function instanceof WeftFunction f ? f.qualname : "?";
        return "<bound method " + qual + " of " + Reprs.repr(t, m.self) + ">";
    }

    private static String complex(WeftComplex c) {
        String im = FloatRepr.repr(c.imag);
        if (im.endsWith(".0")) {
            im = im.substring(0, im.length() - 2);
        }
        if (c.real == 0.0 && Math.copySign(1.0, c.real) > 0) {
            return im + "j";
        }
        String re = FloatRepr.repr(c.real);
        if (re.endsWith(".0")) {
            re = re.substring(0, re.length() - 2);
        }
        String sign = Math.copySign(1.0, c.imag) > 0 || Double.isNaN(c.imag) ? "+" : "";
        return "(" + re + sign + im + "j)";
    }

    private static String join(Fiber t, Object[] items, int n, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Reprs.repr(t, items[i]));
        }
        return sb.append(close).toString();
    }

    private static String dict(Fiber t, WeftDict d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int e = 0; e < d.end(); e++) {
            Object k = d.keyAt(e);
            if (k == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(Reprs.repr(t, k)).append(": ").append(Reprs.repr(t, d.valueAt(e)));
        }
        return sb.append('}').toString();
    }

    static String guarded(Object o, String cut, java.util.function.Supplier<String> body) {
        Map<Object, Boolean> active = ACTIVE.get();
        if (active.containsKey(o)) {
            return cut;
        }
        active.put(o, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(o);
        }
    }

    static String str(String s) {
        return StrRepr.repr(s);
    }
}
