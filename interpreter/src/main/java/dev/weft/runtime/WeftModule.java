// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/** An imported module: a name and a namespace dict (its globals). */
public final class WeftModule implements WeftObject, HasDict, WeftRepresentable {
    private final String name;
    private final WeftDict dict;
    /** The file it was loaded from, or null for builtin modules. */
    private final String file;
    /** Made by a script (types.ModuleType): no file, yet not built in either. */
    private boolean made;

    public WeftModule(String name, WeftDict dict, String file) {
        this.name = name;
        this.dict = dict;
        this.file = file;
        dict.putStr("__name__", name);
        if (dict.getStr("__doc__") == null) {
            // None until the module's code binds its docstring, as CPython's module objects.
            dict.putStr("__doc__", WeftNone.NONE);
        }
        if (file != null) {
            dict.putStr("__file__", file);
        }
    }

    @Override
    public WeftType type() {
        return Types.MODULE;
    }

    @Override
    public WeftDict dict() {
        return dict;
    }

    public String name() {
        return name;
    }

    public String file() {
        return file;
    }

    /** Marks a module a script made itself; it prints without "(built-in)". */
    public WeftModule made() {
        made = true;
        return this;
    }

    @Override
    public String repr(Fiber t) {
        if (made) {
            return "<module '" + name + "'>";
        }
        return file == null ? "<module '" + name + "' (built-in)>"
                : "<module '" + name + "' from '" + file + "'>";
    }
}
