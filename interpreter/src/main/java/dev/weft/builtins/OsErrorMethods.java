// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftOsError;
import dev.weft.runtime.WeftType;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** OSError's attributes (errno, strerror, filename, ...), {@code __init__} and {@code __str__}. */
final class OsErrorMethods {
    private OsErrorMethods() {}

    static void install() {
        WeftType os = ErrorTypes.OS_ERROR;
        field(os, "errno", e -> e.errno, (e, v) -> e.errno = v);
        field(os, "strerror", e -> e.strerror, (e, v) -> e.strerror = v);
        field(os, "filename", e -> e.filename, (e, v) -> e.filename = v);
        field(os, "filename2", e -> e.filename2, (e, v) -> e.filename2 = v);
        field(ErrorTypes.BLOCKING_IO_ERROR, "characters_written", e -> e.charactersWritten,
                (e, v) -> e.charactersWritten = v);
        // A subclass's __init__ calling super().__init__(...) re-reads the fields from its
        // own arguments, as CPython's OSError.__init__ does for such classes.
        TypeSetup.method(os, "__init__", (t, a, k) -> {
            int n = a.length - (k == null ? 0 : k.length);
            if (a[0] instanceof WeftOsError e) {
                e.parse(Arrays.copyOfRange(a, 1, n));
            }
            return WeftNone.NONE;
        });
        TypeSetup.method(os, "__str__", (t, a, k) -> Reprs.errorStr(t, (WeftError) a[0]));
    }

    private static void field(WeftType type, String name, Function<WeftOsError, Object> get,
            BiConsumer<WeftOsError, Object> set) {
        type.define(name, new GetSet(name, (t, o) -> {
            Object v = o instanceof WeftOsError e ? get.apply(e) : null;
            return v == null ? WeftNone.NONE : v;
        }, (t, o, v) -> {
            if (!(o instanceof WeftOsError e)) {
                throw Errors.typeError("descriptor '" + name + "' requires an OSError");
            }
            set.accept(e, v);
        }));
    }
}
