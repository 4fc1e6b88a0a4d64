// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.collections;

import static dev.weft.stdlib.collections.DequeType.self;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;
import dev.weft.stdlib.JavaClass;

/** deque's named methods (append, popleft, rotate...) and its operators (+, *, +=, *=). */
final class DequeMethods {
    private DequeMethods() {}

    static void install(WeftType t) {
        JavaClass.method(t, "append", (f, a, k) -> {
            arity("append", a, k, 1, 1);
            self(a).append(a[1]);
            return WeftNone.NONE;
        });
        JavaClass.method(t, "appendleft", (f, a, k) -> {
            arity("appendleft", a, k, 1, 1);
            self(a).appendLeft(a[1]);
            return WeftNone.NONE;
        });
        JavaClass.method(t, "pop", (f, a, k) -> {
            arity("pop", a, k, 0, 0);
            return self(a).pop();
        });
        JavaClass.method(t, "popleft", (f, a, k) -> {
            arity("popleft", a, k, 0, 0);
            return self(a).popLeft();
        });
        JavaClass.method(t, "extend", (f, a, k) -> {
            arity("extend", a, k, 1, 1);
            DequeType.extend(f, self(a), a[1], false);
            return WeftNone.NONE;
        });
        JavaClass.method(t, "extendleft", (f, a, k) -> {
            arity("extendleft", a, k, 1, 1);
            DequeType.extend(f, self(a), a[1], true);
            return WeftNone.NONE;
        });
        JavaClass.method(t, "clear", (f, a, k) -> {
            arity("clear", a, k, 0, 0);
            self(a).clear();
            return WeftNone.NONE;
        });
        JavaClass.method(t, "rotate", (f, a, k) -> {
            arity("rotate", a, k, 0, 1);
            self(a).rotate(a.length > 1 ? Protocols.index(f, a[1]) : 1);
            return WeftNone.NONE;
        });
        JavaClass.method(t, "reverse", (f, a, k) -> {
            arity("reverse", a, k, 0, 0);
            self(a).reverse();
            return WeftNone.NONE;
        });
        JavaClass.method(t, "copy", (f, a, k) -> DequeType.copy(self(a)));
        JavaClass.method(t, "__copy__", (f, a, k) -> DequeType.copy(self(a)));
        // (class, args, state, items) as CPython's deque gives it, for copy.
        JavaClass.method(t, "__reduce__", (f, a, k) -> {
            Deque d = self(a);
            Object args = d.maxlen < 0 ? WeftTuple.of()
                    : WeftTuple.of(WeftTuple.of(), (long) d.maxlen);
            Object state = d.hasInstanceDict() && d.dict().size() > 0 ? d.dict() : WeftNone.NONE;
            return WeftTuple.of(d.type(), args, state, new DequeIterator(d, false));
        });
        searching(t);
        operators(t);
    }

    private static void searching(WeftType t) {
        JavaClass.method(t, "count", (f, a, k) -> {
            arity("count", a, k, 1, 1);
            Deque d = self(a);
            int mutations = d.state;
            long n = 0;
            for (int i = 0; i < d.size(); i++) {
                n += Compare.eq(f, d.get(i), a[1]) ? 1 : 0;
                if (d.state != mutations) {
                    throw Errors.runtimeError("deque mutated during iteration");
                }
            }
            return n;
        });
        JavaClass.method(t, "index", DequeMethods::index);
        JavaClass.method(t, "remove", (f, a, k) -> {
            arity("remove", a, k, 1, 1);
            Deque d = self(a);
            int i = DequeType.indexOf(f, d, a[1], 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw Errors.valueError(Reprs.repr(f, a[1]) + " is not in deque");
            }
            d.removeAt(i);
            return WeftNone.NONE;
        });
        JavaClass.method(t, "insert", (f, a, k) -> {
            arity("insert", a, k, 2, 2);
            Deque d = self(a);
            if (d.size() == d.maxlen) {
                throw Errors.indexError("deque already at its maximum size");
            }
            long i = Protocols.index(f, a[1]);
            int n = d.size();
            i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
            d.insert((int) i, a[2]);
            return WeftNone.NONE;
        });
    }

    private static Object index(Fiber f, Object[] a, String[] k) {
        arity("index", a, k, 1, 3);
        Deque d = self(a);
        int n = d.size();
        long start = a.length > 2 ? clamp(Protocols.index(f, a[2]), n) : 0;
        long stop = a.length > 3 ? clamp(Protocols.index(f, a[3]), n) : n;
        int i = DequeType.indexOf(f, d, a[1], start, stop);
        if (i < 0) {
            throw Errors.valueError(Reprs.repr(f, a[1]) + " is not in deque");
        }
        return (long) i;
    }

    private static long clamp(long i, int n) {
        return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    }

    private static void operators(WeftType t) {
        JavaClass.method(t, "__add__", (f, a, k) -> {
            if (!(a[1] instanceof Deque other)) {
                throw Errors.typeError("can only concatenate deque (not \"" + Types.name(a[1])
                        + "\") to deque");
            }
            Deque r = DequeType.copy(self(a));
            DequeType.extend(f, r, other, false);
            return r;
        });
        JavaClass.method(t, "__iadd__", (f, a, k) -> {
            DequeType.extend(f, self(a), a[1], false);
            return a[0];
        });
        JavaClass.method(t, "__mul__", (f, a, k) -> repeat(f, DequeType.copy(self(a)), a[1]));
        JavaClass.method(t, "__rmul__", (f, a, k) -> repeat(f, DequeType.copy(self(a)), a[1]));
        JavaClass.method(t, "__imul__", (f, a, k) -> repeat(f, self(a), a[1]));
    }

    /** In-place repetition (the maxlen, if any, keeps only the last items). */
    private static Object repeat(Fiber f, Deque d, Object count) {
        count = dev.weft.runtime.ValueInstance.unwrap(count);
        if (!IntOps.isInt(count)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '"
                    + Types.name(count) + "'");
        }
        long n = IntOps.clampLong(count);
        Object[] once = d.toArray();
        if (n <= 0) {
            d.clear();
            return d;
        }
        for (long r = 1; r < n; r++) {
            for (Object v : once) {
                d.append(v);
            }
        }
        return d;
    }

    /** A method's positional arity, counting self out; methods take no keywords. */
    private static void arity(String name, Object[] a, String[] k, int min, int max) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("deque." + name + "() takes no keyword arguments");
        }
        int n = a.length - 1;
        if (n < min || n > max) {
            if (min == max && min == 0) {
                throw Errors.typeError("deque." + name + "() takes no arguments (" + n
                        + " given)");
            }
            if (min == max && min == 1) {
                throw Errors.typeError("deque." + name + "() takes exactly one argument (" + n
                        + " given)");
            }
            Args.positional(name, java.util.Arrays.copyOfRange(a, 1, a.length), k, min, max);
        }
    }
}
