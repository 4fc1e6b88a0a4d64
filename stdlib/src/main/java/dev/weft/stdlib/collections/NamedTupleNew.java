// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.collections;

import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Params;

/**
 * The __new__ of a namedtuple class, in Java: binds the fields by position or name with the
 * messages CPython's generated {@code __new__} gives ("Point.__new__() missing 1 required
 * positional argument: 'y'"), filling defaults, and makes the tuple of that class.
 */
final class NamedTupleNew {
    private NamedTupleNew() {}

    static WeftBuiltin make(String typename, Object[] fields, Object[] defaults) {
        StringBuilder spec = new StringBuilder(typename).append(".__new__(_cls");
        int firstDefault = fields.length - defaults.length;
        for (int i = 0; i < fields.length; i++) {
            spec.append(", ").append(fields[i]).append(i >= firstDefault ? "=" : "");
        }
        Params params = Params.python(spec.append(')').toString());
        return WeftBuiltin.function("__new__", (t, a, k) -> {
            Object[] b = params.bind(a, k);
            Object[] items = new Object[fields.length];
            for (int i = 0; i < items.length; i++) {
                Object v = b[i + 1];
                items[i] = v != null ? v : defaults[i - firstDefault];
            }
            WeftTuple tu = new WeftTuple(items);
            tu.setType((WeftType) b[0]);
            return tu;
        });
    }
}
