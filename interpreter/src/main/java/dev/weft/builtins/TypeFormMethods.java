// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.GetSet;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftGenericAlias;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.WeftUnion;

/**
 * The attributes of {@code types.GenericAlias} ({@code __origin__}, {@code __args__}) and
 * {@code types.UnionType} ({@code __args__}), and {@code |} as a method of classes.
 */
final class TypeFormMethods {
    private TypeFormMethods() {}

    static void install() {
        WeftType alias = WeftGenericAlias.TYPE;
        alias.setFactory((t, type, a, k) -> {
            Sig.noKeywords("GenericAlias", k);
            if (a.length != 2) {
                throw dev.weft.runtime.Errors.typeError("GenericAlias expected 2 arguments, got "
                        + a.length);
            }
            return new WeftGenericAlias(a[0], a[1]);
        });
        alias.define("__origin__", GetSet.readOnly("__origin__",
                (t, o) -> ((WeftGenericAlias) o).origin()));
        alias.define("__args__", GetSet.readOnly("__args__",
                (t, o) -> ((WeftGenericAlias) o).args()));
        // Weft has no type variables, so no alias has parameters.
        alias.define("__parameters__", GetSet.readOnly("__parameters__",
                (t, o) -> WeftTuple.EMPTY));
        WeftType union = WeftUnion.TYPE;
        union.define("__args__", GetSet.readOnly("__args__", (t, o) -> ((WeftUnion) o).args()));
        union.define("__parameters__", GetSet.readOnly("__parameters__",
                (t, o) -> WeftTuple.EMPTY));
        for (WeftType type : new WeftType[] {Types.TYPE, alias, union}) {
            TypeSetup.method(type, "__or__", (t, a, k) -> WeftUnion.or(t, a[0], a[1]));
            TypeSetup.method(type, "__ror__", (t, a, k) -> WeftUnion.or(t, a[1], a[0]));
        }
    }
}
