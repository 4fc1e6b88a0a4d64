// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.DictOps;
import dev.weft.runtime.DictView;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.DictIterator;

/** dict's methods. */
final class DictMethods {
    private DictMethods() {}

    static void install() {
        WeftType t = Types.DICT;
        TypeSetup.method(t, "get", (f, a, k) -> {
            Sig.between("get", a, k, 2, 3);
            Object v = self(a).get(f, a[1]);
            return v != null ? v : a.length == 3 ? a[2] : WeftNone.NONE;
        });
        TypeSetup.method(t, "keys", (f, a, k) -> new DictView(self(a), DictIterator.KEYS));
        TypeSetup.method(t, "values", (f, a, k) -> new DictView(self(a), DictIterator.VALUES));
        TypeSetup.method(t, "items", (f, a, k) -> new DictView(self(a), DictIterator.ITEMS));
        TypeSetup.method(t, "pop", DictMethods::pop);
        TypeSetup.method(t, "popitem", (f, a, k) -> {
            WeftDict d = self(a);
            int e = d.lastEntry();
            if (e < 0) {
                throw Errors.of(dev.weft.runtime.ErrorTypes.KEY_ERROR,
                        "popitem(): dictionary is empty");
            }
            Object key = d.keyAt(e);
            Object v = d.removeEntry(e);
            return WeftTuple.of(key, v);
        });
        TypeSetup.method(t, "setdefault", (f, a, k) -> {
            Sig.between("setdefault", a, k, 2, 3);
            WeftDict d = self(a);
            Object v = d.get(f, a[1]);
            if (v != null) {
                return v;
            }
            Object dflt = a.length == 3 ? a[2] : WeftNone.NONE;
            d.put(f, a[1], dflt);
            return dflt;
        });
        TypeSetup.method(t, "update", DictMethods::update);
        TypeSetup.method(t, "copy", (f, a, k) -> self(a).copy());
        TypeSetup.method(t, "clear", (f, a, k) -> {
            self(a).clear();
            return WeftNone.NONE;
        });
        t.define("fromkeys", new dev.weft.runtime.WeftClassMethod(dev.weft.runtime.WeftBuiltin
                .function("fromkeys", (f, a, k) -> {
                    WeftDict d = new WeftDict();
                    Object v = a.length > 2 ? a[2] : WeftNone.NONE;
                    for (Object key : Iter.toArray(f, a[1])) {
                        d.put(f, key, v);
                    }
                    return d;
                })));
        TypeSetup.method(t, "__init__", DictMethods::update);
        TypeSetup.method(t, "__getitem__", (f, a, k) -> DictOps.getItem(f, self(a), a[1]));
        TypeSetup.method(t, "__setitem__", (f, a, k) -> {
            self(a).put(f, a[1], a[2]);
            return WeftNone.NONE;
        });
        TypeSetup.method(t, "__contains__", (f, a, k) -> self(a).containsKey(f, a[1]));
        TypeSetup.method(t, "__len__", (f, a, k) -> (long) self(a).size());
    }

    static WeftDict self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof WeftDict d)) {
            throw Errors.typeError("descriptor requires a 'dict' object");
        }
        return d;
    }

    private static Object pop(Fiber f, Object[] a, String[] k) {
        Sig.between("pop", a, k, 2, 3);
        Object v = self(a).remove(f, a[1]);
        if (v != null) {
            return v;
        }
        if (a.length == 3) {
            return a[2];
        }
        throw Errors.keyError(a[1]);
    }

    private static Object update(Fiber f, Object[] a, String[] k) {
        WeftDict d = self(a);
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos > 2) {
            throw Errors.typeError("update expected at most 1 argument, got " + (npos - 1));
        }
        if (npos == 2) {
            DictOps.update(f, d, a[1]);
        }
        for (int i = 0; i < nkw; i++) {
            d.putStr(k[i], a[npos + i]);
        }
        return WeftNone.NONE;
    }
}
