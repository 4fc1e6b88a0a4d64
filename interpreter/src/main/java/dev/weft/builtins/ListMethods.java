// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Sequences;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;

/** list's methods. */
final class ListMethods {
    private ListMethods() {}

    private static final Sig SORT = Sig.of("sort(self, *, key=, reverse=)");

    static void install() {
        WeftType t = Types.LIST;
        TypeSetup.method(t, "append", (f, a, k) -> {
            Sig.exactly("list.append", a, k, 2);
            self(a).add(a[1]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "extend", (f, a, k) -> {
            Sig.exactly("list.extend", a, k, 2);
            Sequences.extend(f, self(a), a[1]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "insert", (f, a, k) -> {
            Sig.exactly("list.insert", a, k, 3);
            WeftList l = self(a);
            long i = Protocols.index(f, a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.insert((int) Math.min(i, l.size()), a[2]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "pop", ListMethods::pop);
        TypeSetup.method(t, "remove", (f, a, k) -> {
            Sig.exactly("list.remove", a, k, 2);
            WeftList l = self(a);
            int i = Sequences.indexOf(f, l.array(), l.size(), a[1]);
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            l.removeAt(i);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "index", ListMethods::index);
        TypeSetup.method(t, "count", (f, a, k) -> {
            Sig.exactly("list.count", a, k, 2);
            WeftList l = self(a);
            long n = 0;
            for (int i = 0; i < l.size(); i++) {
                if (Compare.eq(f, l.get(i), a[1])) {
                    n++;
                }
            }
            return n;
        });
        TypeSetup.method(t, "reverse", (f, a, k) -> {
            WeftList l = self(a);
            Object[] arr = l.array();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                Object x = arr[i];
                arr[i] = arr[j];
                arr[j] = x;
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "sort", (f, a, k) -> {
            Object[] b = SORT.bind(a, k);
            WeftList l = self(a);
            Object[] items = l.toArray();
            l.clear();
            try {
                ListSort.sort(f, items, items.length, b[1], b[2] != null && Truth.isTrue(f, b[2]));
            } finally {
                l.setContents(items, items.length);
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "copy", (f, a, k) -> new WeftList(self(a).toArray()));
        TypeSetup.method(t, "clear", (f, a, k) -> {
            self(a).clear();
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "__init__", (f, a, k) -> {
            Sig.between("list", a, k, 1, 2);
            WeftList l = self(a);
            l.clear();
            if (a.length == 2) {
                Sequences.extend(f, l, a[1]);
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "__len__", (f, a, k) -> (long) self(a).size());
        TypeSetup.method(t, "__getitem__", (f, a, k) -> Sequences.listGet(f, self(a), a[1]));
        TypeSetup.method(t, "__setitem__", (f, a, k) -> {
            Sequences.listSet(f, self(a), a[1], a[2]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "__contains__", (f, a, k) ->
                Sequences.indexOf(f, self(a).array(), self(a).size(), a[1]) >= 0);
        TypeSetup.method(t, "__repr__", (f, a, k) -> Reprs.builtinRepr(f, self(a)));
    }

    static WeftList self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof WeftList l)) {
            throw Errors.typeError("descriptor requires a 'list' object");
        }
        return l;
    }

    private static Object pop(Fiber f, Object[] a, String[] k) {
        Sig.between("pop", a, k, 1, 2);
        WeftList l = self(a);
        if (l.size() == 0) {
            throw Errors.indexError("pop from empty list");
        }
        long i = a.length > 1 ? Protocols.index(f, a[1]) : l.size() - 1;
        if (i < 0) {
            i += l.size();
        }
        if (i < 0 || i >= l.size()) {
            throw Errors.indexError("pop index out of range");
        }
        return l.removeAt((int) i);
    }

    private static Object index(Fiber f, Object[] a, String[] k) {
        Sig.between("index", a, k, 2, 4);
        WeftList l = self(a);
        int n = l.size();
        long start = a.length > 2 ? Protocols.index(f, a[2]) : 0;
        long stop = a.length > 3 ? Protocols.index(f, a[3]) : n;
        start = start < 0 ? Math.max(0, start + n) : start;
        stop = stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
        for (long i = start; i < stop; i++) {
            if (Compare.eq(f, l.get((int) i), a[1])) {
                return i;
            }
        }
        throw Errors.valueError(Reprs.repr(f, a[1]) + " is not in list");
    }
}
