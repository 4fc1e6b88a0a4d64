// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftRepresentable;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** A read-only view of compiled code (__code__, gi_code): names and positions. */
final class CodeView implements WeftObject, WeftRepresentable {
    static final WeftType TYPE = WeftType.builtin("code", Types.OBJECT);

    static {
        TYPE.define("co_name", GetSet.readOnly("co_name", (t, o) -> ((CodeView) o).code.name));
        TYPE.define("co_qualname", GetSet.readOnly("co_qualname",
                (t, o) -> ((CodeView) o).code.qualname));
        TYPE.define("co_filename", GetSet.readOnly("co_filename",
                (t, o) -> ((CodeView) o).code.file));
        TYPE.define("co_firstlineno", GetSet.readOnly("co_firstlineno",
                (t, o) -> (long) ((CodeView) o).code.firstLine));
        TYPE.define("co_argcount", GetSet.readOnly("co_argcount",
                (t, o) -> (long) ((CodeView) o).code.argcount));
        TYPE.define("co_varnames", GetSet.readOnly("co_varnames",
                (t, o) -> WeftTuple.of((Object[]) ((CodeView) o).code.paramNames.clone())));
    }

    final Code code;

    CodeView(Code code) {
        this.code = code;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public String repr(Fiber t) {
        return "<code object " + code.name + ", file \"" + code.file + "\", line "
                + code.firstLine + ">";
    }
}
