// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.ObjectMethods;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftTuple;

/** The parts of from-imports that run after the module is loaded. */
public final class Modules {
    private Modules() {}

    /** {@code from m import name}: the attribute, or a submodule, or ImportError. */
    public static final class ImportFrom extends Node {
        final Node module;
        final String name;

        public ImportFrom(Node module, String name) {
            this.module = module;
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object m = module.eval(t, f);
            Object v = Attrs.lookup(t, m, name);
            if (v != null) {
                return v;
            }
            if (m instanceof WeftModule mod) {
                Object sub = t.interp.importer().submoduleOrNull(t, mod, name);
                if (sub != null) {
                    return sub;
                }
                String where = mod.file() != null ? mod.file() : "unknown location";
                WeftError e = new WeftError(ErrorTypes.IMPORT_ERROR, WeftTuple.of(
                        "cannot import name '" + name + "' from '" + mod.name() + "' (" + where
                                + ")"));
                throw e;
            }
            throw Errors.noAttribute(m, name);
        }
    }

    /** {@code from m import *}: the names in {@code __all__}, or every public name. */
    public static final class ImportStar extends Node {
        final Node module;

        public ImportStar(Node module) {
            this.module = module;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            WeftModule m = (WeftModule) module.eval(t, f);
            WeftDict src = m.dict();
            Object all = src.getStr("__all__");
            if (all != null) {
                for (Object name : Iter.toArray(t, all)) {
                    String n = ObjectMethods.attrName(name);
                    f.nsPut(t, n, Attrs.get(t, m, n));
                }
                return null;
            }
            for (int e = 0; e < src.end(); e++) {
                if (src.keyAt(e) instanceof String k && !k.startsWith("_")) {
                    f.nsPut(t, k, src.valueAt(e));
                }
            }
            return null;
        }
    }
}
