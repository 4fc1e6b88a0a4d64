// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.DictOps;
import dev.weft.runtime.DictView;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.iter.DictIterator;

/** dict's named methods (the operators are in {@link DictDunders}). */
final class DictMethods {
    private DictMethods() {}

    static void install() {
        WeftType t = Types.DICT;
        TypeSetup.method(t, "get", (f, a, k) -> {
            Args.range("dict.get", a, k, 1, 2);
            Object v = self(a).get(f, a[1]);
            return v != null ? v : a.length == 3 ? a[2] : WeftNone.NONE;
        });
        view(t, "keys", DictIterator.KEYS);
        view(t, "values", DictIterator.VALUES);
        view(t, "items", DictIterator.ITEMS);
        TypeSetup.method(t, "pop", (f, a, k) -> {
            Args.range("dict.pop", a, k, 1, 2);
            Object v = self(a).remove(f, a[1]);
            if (v != null) {
                return v;
            }
            if (a.length == 3) {
                return a[2];
            }
            throw Errors.keyError(a[1]);
        });
        TypeSetup.method(t, "popitem", (f, a, k) -> {
            Args.none("dict.popitem", a, k);
            WeftDict d = self(a);
            int e = d.lastEntry();
            if (e < 0) {
                throw Errors.of(ErrorTypes.KEY_ERROR, "popitem(): dictionary is empty");
            }
            Object key = d.keyAt(e);
            return WeftTuple.of(key, d.removeEntry(e));
        });
        TypeSetup.method(t, "setdefault", (f, a, k) -> {
            Args.range("dict.setdefault", a, k, 1, 2);
            WeftDict d = self(a);
            Object v = d.get(f, a[1]);
            if (v != null) {
                return v;
            }
            Object dflt = a.length == 3 ? a[2] : WeftNone.NONE;
            d.put(f, a[1], dflt);
            return dflt;
        });
        TypeSetup.method(t, "update", (f, a, k) -> update(f, a, k, "update"));
        TypeSetup.method(t, "__init__", (f, a, k) -> update(f, a, k, "dict"));
        TypeSetup.method(t, "copy", (f, a, k) -> {
            Args.none("dict.copy", a, k);
            return self(a).copy();
        });
        TypeSetup.method(t, "clear", (f, a, k) -> {
            Args.none("dict.clear", a, k);
            self(a).clear();
            return WeftNone.NONE;
        });
        TypeSetup.classMethod(t, "fromkeys", DictMethods::fromkeys);
        DictDunders.install(t);
    }

    private static void view(WeftType t, String name, int kind) {
        String qual = "dict." + name;
        TypeSetup.method(t, name, (f, a, k) -> {
            Args.none(qual, a, k);
            return new DictView(self(a), kind);
        });
    }

    static WeftDict self(Object[] a) {
        return (WeftDict) a[0];
    }

    /** update(other=(), /, **kw) and __init__, which binds the same way. */
    private static Object update(Fiber f, Object[] a, String[] k, String name) {
        WeftDict d = self(a);
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos > 2) {
            throw Errors.typeError(name + " expected at most 1 argument, got " + (npos - 1));
        }
        if (npos == 2) {
            DictOps.update(f, d, a[1]);
        }
        for (int i = 0; i < nkw; i++) {
            d.putStr(k[i], a[npos + i]);
        }
        return WeftNone.NONE;
    }

    /** dict.fromkeys(iterable, value=None): a subclass is called and filled by item assignment. */
    private static Object fromkeys(Fiber f, Object[] a, String[] k) {
        Args.range("dict.fromkeys", a, k, 1, 2);
        WeftType cls = (WeftType) a[0];
        Object v = a.length > 2 ? a[2] : WeftNone.NONE;
        Object d = cls == Types.DICT ? new WeftDict() : Calls.callDirect(f, cls);
        Object it = Iter.iter(f, a[1]);
        for (Object key = Iter.next(f, it); key != null; key = Iter.next(f, it)) {
            if (d instanceof WeftDict w && w.exact()) {
                w.put(f, key, v);
            } else {
                Protocols.setItem(f, d, key, v);
            }
        }
        return d;
    }
}
