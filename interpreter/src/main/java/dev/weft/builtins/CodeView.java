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
        TYPE.define("co_flags", GetSet.readOnly("co_flags",
                (t, o) -> (long) flags(((CodeView) o).code)));
    }

    // CPython's CO_* bits: inspect and asyncio.iscoroutinefunction read the kind from them.
    private static final int OPTIMIZED = 0x1;
    private static final int NEWLOCALS = 0x2;
    private static final int VARARGS = 0x4;
    private static final int VARKEYWORDS = 0x8;
    private static final int NESTED = 0x10;
    private static final int GENERATOR = 0x20;
    private static final int COROUTINE = 0x80;
    private static final int ASYNC_GENERATOR = 0x200;

    /** co_flags as CPython sets them; module and class bodies have none. */
    static int flags(Code code) {
        int kind = switch (code.kind) {
            case FUNCTION -> 0;
            case GENERATOR -> GENERATOR;
            case COROUTINE -> COROUTINE;
            case ASYNC_GENERATOR -> ASYNC_GENERATOR;
            case MODULE, CLASS_BODY -> -1;
        };
        if (kind < 0) {
            return 0;
        }
        int flags = OPTIMIZED | NEWLOCALS | kind;
        flags |= code.varargs ? VARARGS : 0;
        flags |= code.varkw ? VARKEYWORDS : 0;
        // A function defined inside another function: its qualified name passes a <locals>.
        flags |= code.qualname.contains("<locals>") ? NESTED : 0;
        return flags;
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
