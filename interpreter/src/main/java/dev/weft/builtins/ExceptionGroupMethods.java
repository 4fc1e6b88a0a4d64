// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.ExceptionGroups;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftExceptionGroup;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import java.util.Arrays;

/** BaseExceptionGroup's attributes and methods: message, exceptions, subgroup, split, derive. */
final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {}

    static void install() {
        WeftType b = ErrorTypes.BASE_EXCEPTION_GROUP;
        TypeSetup.method(b, "__init__", (t, a, k) -> {
            if (k != null && k.length > 0) {
                throw dev.weft.runtime.Errors.typeError(a[0] instanceof WeftError e
                        ? e.type().name() + "() takes no keyword arguments"
                        : "BaseExceptionGroup() takes no keyword arguments");
            }
            ((WeftError) a[0]).setArgs(WeftTuple.of(Arrays.copyOfRange(a, 1, a.length)));
            return WeftNone.NONE;
        });
        b.define("message", GetSet.readOnly("message", (t, o) -> group(o).message()));
        b.define("exceptions", GetSet.readOnly("exceptions", (t, o) -> group(o).exceptions()));
        TypeSetup.method(b, "__str__", (t, a, k) -> dev.weft.runtime.Reprs.errorStr(t,
                group(a[0])));
        TypeSetup.method(b, "derive", (t, a, k) -> {
            Sig.exactly("derive", a, k, 2);
            return WeftExceptionGroup.make(t, ErrorTypes.BASE_EXCEPTION_GROUP,
                    new Object[] {group(a[0]).message(), a[1]});
        });
        TypeSetup.method(b, "subgroup", (t, a, k) -> {
            Sig.exactly("subgroup", a, k, 2);
            return orNone(split(t, a).match());
        });
        TypeSetup.method(b, "split", (t, a, k) -> {
            Sig.exactly("split", a, k, 2);
            ExceptionGroups.Split s = split(t, a);
            return WeftTuple.of(orNone(s.match()), orNone(s.rest()));
        });
        ListDunders.classGetItem(b);
    }

    private static ExceptionGroups.Split split(Fiber t, Object[] a) {
        WeftExceptionGroup g = group(a[0]);
        return ExceptionGroups.split(t, g, ExceptionGroups.matcher(t, a[1]), true);
    }

    private static WeftExceptionGroup group(Object o) {
        return (WeftExceptionGroup) o;
    }

    private static Object orNone(Object o) {
        return o == null ? WeftNone.NONE : o;
    }
}
