// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.GetSet;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/**
 * CPython's "struct sequences" ({@code sys.int_info}): a tuple whose items are also named
 * attributes, printed as {@code sys.int_info(bits_per_digit=30, ...)}.
 */
final class StructSeq {
    private StructSeq() {}

    /** A tuple of {@code values} whose class, {@code module.name}, names each item. */
    static WeftTuple make(String module, String name, String[] fields, Object[] values) {
        WeftDict dict = new WeftDict();
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            dict.putStr(fields[i], GetSet.readOnly(fields[i],
                    (t, o) -> ((WeftTuple) o).get(index)));
        }
        String qualified = module + "." + name;
        dict.putStr("__repr__", WeftBuiltin.method("__repr__", (t, a, k) -> {
            WeftTuple self = (WeftTuple) a[0];
            StringBuilder sb = new StringBuilder(qualified).append('(');
            for (int i = 0; i < fields.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fields[i]).append('=')
                        .append(Reprs.repr(t, self.get(i)));
            }
            return sb.append(')').toString();
        }));
        WeftType type = WeftType.user(name, new WeftType[] {Types.TUPLE}, dict);
        type.setModule(module);
        WeftTuple tuple = new WeftTuple(values.clone());
        tuple.setType(type);
        return tuple;
    }
}
