// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.collections;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;

/**
 * The {@code _collections} module: the parts of collections written in Java (deque, and the
 * counting loop behind Counter). The rest of collections is Weft source that imports from
 * here, as CPython's is Python over C.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("deque", DequeType.DEQUE);
        d.putStr("_count_elements", WeftBuiltin.function("_count_elements", (t, a, k) -> {
            Args.positional("_count_elements", a, k, 2, 2);
            countElements(t, a[0], a[1]);
            return WeftNone.NONE;
        }));
        d.putStr("_tuplegetter", WeftBuiltin.function("_tuplegetter", (t, a, k) -> {
            int index = (int) dev.weft.runtime.IntOps.clampLong(a[0]);
            return dev.weft.runtime.GetSet.readOnly("_tuplegetter",
                    (f, o) -> o instanceof dev.weft.runtime.WeftTuple tu && index < tu.size()
                            ? tu.get(index)
                            : dev.weft.runtime.Protocols.getItem(f, o, (long) index));
        }));
        d.putStr("_namedtuple_new", WeftBuiltin.function("_namedtuple_new",
                (t, a, k) -> NamedTupleNew.make((String) a[0], Iter.toArray(t, a[1]),
                        Iter.toArray(t, a[2]))));
        d.putStr("_caller_module", WeftBuiltin.function("_caller_module", (t, a, k) -> {
            Frame f = t.frame == null ? null : t.frame.parent;
            Object name = f == null ? null : f.globals.getStr("__name__");
            return name == null ? "__main__" : name;
        }));
    }

    /** mapping[x] = mapping.get(x, 0) + 1 for each x; directly on a dict that allows it. */
    static void countElements(Fiber t, Object mapping, Object iterable) {
        Object it = Iter.iter(t, iterable);
        WeftDict dict = plainStore(mapping);
        if (dict != null) {
            for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
                Object old = dict.get(t, v);
                dict.put(t, v, old == null ? (Object) 1L : Ops.binary(t, Ops.ADD, old, 1L));
            }
            return;
        }
        Object get = dev.weft.runtime.Attrs.get(t, mapping, "get");
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            Object old = Calls.callDirect(t, get, v, 0L);
            Protocols.setItem(t, mapping, v, Ops.binary(t, Ops.ADD, old, 1L));
        }
    }

    /** The dict itself when its class keeps dict's own get and __setitem__. */
    private static WeftDict plainStore(Object mapping) {
        if (!(mapping instanceof WeftDict d)) {
            return null;
        }
        WeftType type = Types.of(mapping);
        boolean plain = type.lookup("__setitem__") == Types.DICT.lookup("__setitem__")
                && type.lookup("get") == Types.DICT.lookup("get");
        return plain ? d : null;
    }
}
