// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.collections;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Singleton;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;
import dev.weft.stdlib.JavaClass;
import java.util.IdentityHashMap;
import java.util.Map;

/** collections.deque: the class and its method table. */
public final class DequeType {
    private DequeType() {}

    public static final WeftType DEQUE = JavaClass.make("collections", "deque", Types.OBJECT);

    /** Deques whose repr is being built on this thread, to print self-reference as [...]. */
    private static final ThreadLocal<Map<Object, Boolean>> IN_REPR =
            ThreadLocal.withInitial(IdentityHashMap::new);

    static {
        JavaClass.constructor(DEQUE, (t, a, k) -> new Deque((WeftType) a[0]));
        // CPython names the type by its full name here: unhashable type: 'collections.deque'
        JavaClass.method(DEQUE, "__hash__", (t, a, k) -> {
            throw Errors.typeError("unhashable type: 'collections.deque'");
        });
        JavaClass.method(DEQUE, "__init__", DequeType::init);
        JavaClass.getter(DEQUE, "maxlen", (t, o) -> {
            int m = ((Deque) o).maxlen;
            return m < 0 ? WeftNone.NONE : (Object) (long) m;
        });
        DequeMethods.install(DEQUE);
        JavaClass.method(DEQUE, "__len__", (t, a, k) -> (long) self(a).size());
        JavaClass.method(DEQUE, "__iter__", (t, a, k) -> new DequeIterator(self(a), false));
        JavaClass.method(DEQUE, "__reversed__", (t, a, k) -> new DequeIterator(self(a), true));
        JavaClass.method(DEQUE, "__contains__", (t, a, k) -> indexOf(t, self(a), a[1], 0,
                Integer.MAX_VALUE) >= 0);
        JavaClass.method(DEQUE, "__getitem__", (t, a, k) -> {
            Deque d = self(a);
            return d.get(position(t, d, a[1]));
        });
        JavaClass.method(DEQUE, "__setitem__", (t, a, k) -> {
            Deque d = self(a);
            d.set(position(t, d, a[1]), a[2]);
            return WeftNone.NONE;
        });
        JavaClass.method(DEQUE, "__delitem__", (t, a, k) -> {
            Deque d = self(a);
            d.removeAt(position(t, d, a[1]));
            return WeftNone.NONE;
        });
        JavaClass.method(DEQUE, "__repr__", (t, a, k) -> repr(t, self(a)));
        comparisons();
    }

    static Deque self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof Deque d)) {
            throw Errors.typeError("descriptor requires a 'collections.deque' object");
        }
        return d;
    }

    private static Object init(Fiber t, Object[] a, String[] k) {
        Deque d = self(a);
        Object iterable = null;
        Object maxlen = null;
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - 1 - nkw;
        if (npos > 2 || npos + nkw > 2) {
            throw Errors.typeError("deque() takes at most 2 arguments (" + (npos + nkw)
                    + " given)");
        }
        if (npos >= 1) {
            iterable = a[1];
        }
        if (npos == 2) {
            maxlen = a[2];
        }
        for (int i = 0; i < nkw; i++) {
            Object v = a[1 + npos + i];
            switch (k[i]) {
                case "iterable" -> iterable = v;
                case "maxlen" -> maxlen = v;
                default -> throw Errors.typeError("'" + k[i]
                        + "' is an invalid keyword argument for deque()");
            }
        }
        d.maxlen = maxlenOf(maxlen);
        if (d.size() > 0) {
            d.clear();
        }
        if (iterable != null) {
            extend(t, d, iterable, false);
        }
        return WeftNone.NONE;
    }

    private static int maxlenOf(Object m) {
        if (m == null || m == WeftNone.NONE) {
            return -1;
        }
        m = dev.weft.runtime.ValueInstance.unwrap(m);
        if (!IntOps.isInt(m)) {
            throw Errors.typeError("an integer is required");
        }
        long n = IntOps.clampLong(m);
        if (n < 0) {
            throw Errors.valueError("maxlen must be non-negative");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** extend / extendleft; a deque extended by itself extends by a snapshot. */
    static void extend(Fiber t, Deque d, Object iterable, boolean left) {
        Object source = iterable == d ? new WeftList(d.toArray()) : iterable;
        Object it = Iter.iter(t, source);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            if (left) {
                d.appendLeft(v);
            } else {
                d.append(v);
            }
        }
    }

    /** A valid index for item access: an int, wrapped from the end when negative. */
    private static int position(Fiber t, Deque d, Object key) {
        if (!Protocols.isIndex(key)) {
            throw Errors.typeError("sequence index must be integer, not '" + Types.name(key)
                    + "'");
        }
        long i = Protocols.index(t, key);
        if (i < 0) {
            i += d.size();
        }
        if (i < 0 || i >= d.size()) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) i;
    }

    static int indexOf(Fiber t, Deque d, Object x, long start, long stop) {
        int mutations = d.state;
        int n = d.size();
        for (long i = start; i < Math.min(stop, n); i++) {
            boolean eq = Compare.eq(t, d.get((int) i), x);
            if (d.state != mutations) {
                throw Errors.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return (int) i;
            }
        }
        return -1;
    }

    private static String repr(Fiber t, Deque d) {
        Map<Object, Boolean> active = IN_REPR.get();
        if (active.containsKey(d)) {
            return "[...]";
        }
        active.put(d, Boolean.TRUE);
        try {
            String items = Reprs.repr(t, new WeftList(d.toArray()));
            String name = d.type().name();
            return d.maxlen < 0 ? name + "(" + items + ")"
                    : name + "(" + items + ", maxlen=" + d.maxlen + ")";
        } finally {
            active.remove(d);
        }
    }

    private static void comparisons() {
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < names.length; op++) {
            int code = op;
            JavaClass.method(DEQUE, names[op], (t, a, k) -> {
                if (!(a[1] instanceof Deque other)) {
                    return Singleton.NOT_IMPLEMENTED;
                }
                return Compare.rich(t, code, new WeftList(self(a).toArray()),
                        new WeftList(other.toArray()));
            });
        }
    }

    /** A deque with the same class and maxlen, holding the same items. */
    static Deque copy(Deque d) {
        Deque c = new Deque(d.type());
        c.maxlen = d.maxlen;
        for (int i = 0; i < d.size(); i++) {
            c.append(d.get(i));
        }
        return c;
    }
}
