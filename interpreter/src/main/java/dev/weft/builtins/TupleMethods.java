// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Sequences;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** tuple's methods. */
final class TupleMethods {
    private TupleMethods() {}

    static void install() {
        WeftType t = Types.TUPLE;
        TypeSetup.method(t, "count", (f, a, k) -> {
            Sig.exactly("tuple.count", a, k, 2);
            long n = 0;
            for (Object x : self(a).items()) {
                if (Compare.eq(f, x, a[1])) {
                    n++;
                }
            }
            return n;
        });
        TypeSetup.method(t, "index", (f, a, k) -> {
            Sig.between("index", a, k, 2, 4);
            WeftTuple tu = self(a);
            int i = Sequences.indexOf(f, tu.items(), tu.size(), a[1]);
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return (long) i;
        });
        t.define("__new__", new dev.weft.runtime.WeftStaticMethod(dev.weft.runtime.WeftBuiltin
                .function("__new__", (f, a, k) -> {
                    if (a.length == 0 || !(a[0] instanceof WeftType cls)) {
                        throw Errors.typeError("tuple.__new__(X): X is not a type object");
                    }
                    Object[] items = a.length > 1 ? dev.weft.runtime.Iter.toArray(f, a[1])
                            : new Object[0];
                    WeftTuple tu = new WeftTuple(items);
                    if (cls != Types.TUPLE) {
                        tu.setType(cls);
                    }
                    return tu;
                })));
        TypeSetup.method(t, "__len__", (f, a, k) -> (long) self(a).size());
        TypeSetup.method(t, "__getitem__", (f, a, k) -> Sequences.tupleGet(f, self(a), a[1]));
    }

    static WeftTuple self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof WeftTuple tu)) {
            throw Errors.typeError("descriptor requires a 'tuple' object");
        }
        return tu;
    }
}
