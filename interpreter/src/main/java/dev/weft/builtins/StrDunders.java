// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Formatting;
import dev.weft.runtime.Hashing;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Sequences;
import dev.weft.runtime.Strings;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.text.StrRepr;

/**
 * str's special methods, for explicit calls ({@code str.__add__(a, b)}, {@code super()...}).
 * str cannot be subclassed, so self is always a plain String and the generic protocols are
 * safe to reuse here.
 */
final class StrDunders {
    private StrDunders() {}

    static void install(WeftType t) {
        wrap(t, "__len__", 0, (f, a, k) -> (long) Strings.length(s(a)));
        wrap(t, "__getitem__", 1, (f, a, k) -> Sequences.strGet(f, s(a), a[1]));
        wrap(t, "__contains__", 1, (f, a, k) -> Protocols.contains(f, a[0], a[1]));
        wrap(t, "__add__", 1, (f, a, k) -> {
            String o = dev.weft.runtime.ValueInstance.str(a[1]);
            if (o == null) {
                throw Errors.typeError("can only concatenate str (not \"" + Types.name(a[1])
                        + "\") to str");
            }
            return s(a).concat(o);
        });
        NativeCode mul = (f, a, k) -> Sequences.repeat(s(a),
                IntOps.isInt(a[1]) ? a[1] : Protocols.index(f, a[1]));
        wrap(t, "__mul__", 1, mul);
        wrap(t, "__rmul__", 1, mul);
        wrap(t, "__mod__", 1, (f, a, k) -> Formatting.percent(f, s(a), a[1]));
        wrap(t, "__rmod__", 1, (f, a, k) -> NOT_IMPLEMENTED);
        String[] names = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < names.length; op++) {
            int o = op;
            wrap(t, names[op], 1, (f, a, k) -> a[1] instanceof String
                    ? Compare.rich(f, o, a[0], a[1]) : NOT_IMPLEMENTED);
        }
        wrap(t, "__hash__", 0, (f, a, k) -> Hashing.pyHash(f, a[0]));
        wrap(t, "__iter__", 0, (f, a, k) -> Iter.iter(f, a[0]));
        wrap(t, "__repr__", 0, (f, a, k) -> StrRepr.repr(s(a)));
        wrap(t, "__str__", 0, (f, a, k) -> a[0]);
        wrap(t, "__format__", 1, (f, a, k) -> {
            if (!(a[1] instanceof String spec)) {
                throw Errors.typeError("__format__() argument must be str, not "
                        + Types.name(a[1]));
            }
            return Formatting.format(f, a[0], spec);
        });
        wrap(t, "__getnewargs__", 0, (f, a, k) -> WeftTuple.of(a[0]));
    }

    /** Defines a special method taking {@code n} arguments besides self. */
    static void wrap(WeftType t, String name, int n, NativeCode code) {
        TypeSetup.method(t, name, (f, a, k) -> {
            Args.wrapper(name, a, k, n);
            return code.call(f, a, k);
        });
    }

    private static String s(Object[] a) {
        return (String) a[0];
    }
}
