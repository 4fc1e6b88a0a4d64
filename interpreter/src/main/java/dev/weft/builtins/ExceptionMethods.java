// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** BaseException's methods and attributes, and the extra attributes of its subclasses. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    static void install() {
        WeftType b = ErrorTypes.BASE_EXCEPTION;
        TypeSetup.method(b, "__init__", (t, a, k) -> {
            ((WeftError) a[0]).setArgs(WeftTuple.of(java.util.Arrays.copyOfRange(a, 1,
                    a.length - (k == null ? 0 : k.length))));
            return WeftNone.NONE;
        });
        TypeSetup.method(b, "__str__", (t, a, k) -> Reprs.errorStr(t, (WeftError) a[0]));
        TypeSetup.method(b, "__repr__", (t, a, k) -> Reprs.errorRepr(t, (WeftError) a[0]));
        TypeSetup.method(b, "with_traceback", (t, a, k) -> a[0]);
        TypeSetup.method(b, "add_note", (t, a, k) -> {
            WeftError e = (WeftError) a[0];
            Object notes = e.dict().getStr("__notes__");
            if (notes == null) {
                notes = new dev.weft.runtime.WeftList();
                e.dict().putStr("__notes__", notes);
            }
            ((dev.weft.runtime.WeftList) notes).add(a[1]);
            return WeftNone.NONE;
        });
        b.define("args", new GetSet("args", (t, o) -> ((WeftError) o).args(),
                (t, o, v) -> ((WeftError) o).setArgs(WeftTuple.of(
                        dev.weft.runtime.Iter.toArray(t, v)))));
        b.define("__cause__", new GetSet("__cause__", (t, o) -> orNone(((WeftError) o).cause),
                (t, o, v) -> {
                    ((WeftError) o).cause = asError(v);
                    ((WeftError) o).suppressContext = true;
                }));
        b.define("__context__", new GetSet("__context__",
                (t, o) -> orNone(((WeftError) o).context),
                (t, o, v) -> ((WeftError) o).context = asError(v)));
        b.define("__suppress_context__", new GetSet("__suppress_context__",
                (t, o) -> ((WeftError) o).suppressContext,
                (t, o, v) -> ((WeftError) o).suppressContext =
                        dev.weft.runtime.Truth.isTrue(t, v)));
        // No traceback objects yet: None reads back, and None (all there is to set) is accepted.
        b.define("__traceback__", new GetSet("__traceback__", (t, o) -> WeftNone.NONE,
                (t, o, v) -> {
                    if (v != WeftNone.NONE) {
                        throw Errors.typeError("__traceback__ must be a traceback or None");
                    }
                }));
        ErrorTypes.STOP_ITERATION.define("value", GetSet.readOnly("value",
                (t, o) -> ((WeftError) o).firstArg()));
        ErrorTypes.SYSTEM_EXIT.define("code", GetSet.readOnly("code",
                (t, o) -> ((WeftError) o).firstArg()));
        OsErrorMethods.install();
        ExceptionGroupMethods.install();
        TypeSetup.method(ErrorTypes.KEY_ERROR, "__str__", (t, a, k) -> Reprs.errorStr(t,
                (WeftError) a[0]));
    }

    private static Object orNone(Object o) {
        return o == null ? WeftNone.NONE : o;
    }

    private static WeftError asError(Object v) {
        if (v == WeftNone.NONE) {
            return null;
        }
        if (v instanceof WeftError e) {
            return e;
        }
        throw Errors.typeError("exception cause must be None or derive from BaseException");
    }
}
