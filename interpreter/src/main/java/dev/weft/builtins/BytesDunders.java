// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.runtime.BytesPercent;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Hashing;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Sequences;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** The special methods bytes and bytearray share (neither can be subclassed yet). */
final class BytesDunders {
    private BytesDunders() {}

    private static final String[] CMP = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__",
        "__ge__"};

    static void install(WeftType t) {
        StrDunders.wrap(t, "__len__", 0, (f, a, k) -> (long) self(a).length());
        StrDunders.wrap(t, "__getitem__", 1, (f, a, k) -> Sequences.bytesGet(f, self(a), a[1]));
        StrDunders.wrap(t, "__contains__", 1, (f, a, k) -> Protocols.contains(f, a[0], a[1]));
        StrDunders.wrap(t, "__iter__", 0, (f, a, k) -> Iter.iter(f, a[0]));
        StrDunders.wrap(t, "__repr__", 0, (f, a, k) -> Reprs.repr(f, a[0]));
        StrDunders.wrap(t, "__str__", 0, (f, a, k) -> Reprs.repr(f, a[0]));
        StrDunders.wrap(t, "__add__", 1, (f, a, k) -> {
            if (!(dev.weft.runtime.ValueInstance.unwrap(a[1]) instanceof WeftBytes o)) {
                throw Errors.typeError("can't concat " + Types.name(a[1]) + " to "
                        + t.name());
            }
            return self(a).concat(o);
        });
        StrDunders.wrap(t, "__mul__", 1, (f, a, k) -> Sequences.repeat(self(a),
                IntOps.isInt(a[1]) ? a[1] : Protocols.index(f, a[1])));
        StrDunders.wrap(t, "__rmul__", 1, (f, a, k) -> Sequences.repeat(self(a),
                IntOps.isInt(a[1]) ? a[1] : Protocols.index(f, a[1])));
        StrDunders.wrap(t, "__mod__", 1, (f, a, k) -> BytesPercent.format(f, self(a), a[1]));
        StrDunders.wrap(t, "__rmod__", 1, (f, a, k) -> NOT_IMPLEMENTED);
        for (int op = 0; op < CMP.length; op++) {
            int o = op;
            StrDunders.wrap(t, CMP[op], 1, (f, a, k) -> a[1] instanceof WeftBytes
                    ? Compare.rich(f, o, a[0], a[1]) : NOT_IMPLEMENTED);
        }
        if (t == Types.BYTES) {
            StrDunders.wrap(t, "__hash__", 0, (f, a, k) -> Hashing.pyHash(f, a[0]));
            StrDunders.wrap(t, "__getnewargs__", 0, (f, a, k) ->
                    WeftTuple.of(new WeftBytes(self(a).data())));
            StrDunders.wrap(t, "__bytes__", 0, (f, a, k) -> a[0]);
        } else {
            t.define("__hash__", WeftNone.NONE);
        }
    }

    private static WeftBytes self(Object[] a) {
        return (WeftBytes) a[0];
    }
}
