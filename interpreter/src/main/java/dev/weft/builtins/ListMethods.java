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

/** list's named methods (the operators are in {@link ListDunders}). */
final class ListMethods {
    private ListMethods() {}

    private static final Sig SORT = Sig.of("sort(*, key=, reverse=)");

    static void install() {
        WeftType t = Types.LIST;
        TypeSetup.method(t, "append", (f, a, k) -> {
            Args.one("list.append", a, k);
            self(a).add(a[1]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "extend", (f, a, k) -> {
            Args.one("list.extend", a, k);
            Sequences.extend(f, self(a), a[1]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "insert", (f, a, k) -> {
            Args.range("list.insert", a, k, 2, 2);
            WeftList l = self(a);
            long i = Args.index(f, a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.insert((int) Math.min(i, l.size()), a[2]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "pop", ListMethods::pop);
        TypeSetup.method(t, "remove", (f, a, k) -> {
            Args.one("list.remove", a, k);
            WeftList l = self(a);
            int i = Sequences.indexOf(f, l.array(), l.size(), a[1]);
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            l.removeAt(i);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "index", (f, a, k) -> {
            Args.range("list.index", a, k, 1, 3);
            long i = indexIn(f, a, self(a).array(), self(a).size());
            if (i < 0) {
                throw Errors.valueError(Reprs.repr(f, a[1]) + " is not in list");
            }
            return i;
        });
        TypeSetup.method(t, "count", (f, a, k) -> {
            Args.one("list.count", a, k);
            return count(f, self(a).array(), self(a).size(), a[1]);
        });
        TypeSetup.method(t, "reverse", (f, a, k) -> {
            Args.none("list.reverse", a, k);
            WeftList l = self(a);
            Object[] arr = l.array();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                Object x = arr[i];
                arr[i] = arr[j];
                arr[j] = x;
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "sort", ListMethods::sort);
        TypeSetup.method(t, "copy", (f, a, k) -> {
            Args.none("list.copy", a, k);
            return new WeftList(self(a).toArray());
        });
        TypeSetup.method(t, "clear", (f, a, k) -> {
            Args.none("list.clear", a, k);
            self(a).clear();
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "__init__", (f, a, k) -> {
            Args.range("list", a, k, 0, 1);
            WeftList l = self(a);
            l.clear();
            if (a.length == 2) {
                Sequences.extend(f, l, a[1]);
            }
            return WeftNone.NONE;
        });
        ListDunders.install(t);
    }

    static WeftList self(Object[] a) {
        return (WeftList) a[0];
    }

    private static Object pop(Fiber f, Object[] a, String[] k) {
        Args.range("list.pop", a, k, 0, 1);
        WeftList l = self(a);
        if (l.size() == 0) {
            throw Errors.indexError("pop from empty list");
        }
        long i = a.length > 1 ? Args.index(f, a[1]) : l.size() - 1;
        if (i < 0) {
            i += l.size();
        }
        if (i < 0 || i >= l.size()) {
            throw Errors.indexError("pop index out of range");
        }
        return l.removeAt((int) i);
    }

    /** The first index of a[1] in items[start:stop] (a[2], a[3]), or -1: list and tuple index. */
    static long indexIn(Fiber f, Object[] a, Object[] items, int n) {
        long start = bound(f, Args.opt(a, 2), 0, n);
        long stop = bound(f, Args.opt(a, 3), n, n);
        for (long i = start; i < stop && i < n; i++) {
            if (Compare.eq(f, items[(int) i], a[1])) {
                return i;
            }
        }
        return -1;
    }

    private static long bound(Fiber f, Object o, long dflt, int n) {
        if (o == null) {
            return dflt;
        }
        if (o == WeftNone.NONE || !Protocols.isIndex(o)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = Args.sliceIndex(f, o);
        return i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    }

    static long count(Fiber f, Object[] items, int n, Object x) {
        long c = 0;
        for (int i = 0; i < n; i++) {
            if (Compare.eq(f, items[i], x)) {
                c++;
            }
        }
        return c;
    }

    /** list.sort: stable; the list looks empty while sorting, and must stay so. */
    private static Object sort(Fiber f, Object[] a, String[] k) {
        if (a.length - (k == null ? 0 : k.length) > 1) {
            throw Errors.typeError("sort() takes no positional arguments");
        }
        Object[] b = SORT.bind(Args.rest(a), k);
        WeftList l = self(a);
        Object[] items = l.toArray();
        l.clear();
        boolean modified;
        try {
            ListSort.sort(f, items, items.length, b[0], b[1] != null && Truth.isTrue(f, b[1]));
        } finally {
            modified = l.size() != 0;
            l.setContents(items, items.length);
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
        return WeftNone.NONE;
    }
}
