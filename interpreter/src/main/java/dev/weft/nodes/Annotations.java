// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.WeftDict;

/** Annotated assignments in module and class bodies: the {@code __annotations__} dict. */
public final class Annotations {
    private Annotations() {}

    /**
     * CPython's SETUP_ANNOTATIONS: a body with annotated names starts with an empty
     * {@code __annotations__} (unless one is already there, as in a re-run module).
     */
    public static final class Setup extends Node {
        @Override
        public Object eval(Fiber t, Frame f) {
            if (f.nsGet(t, "__annotations__") == null) {
                f.nsPut(t, "__annotations__", new WeftDict());
            }
            return null;
        }
    }

    /** {@code __annotations__[name] = annotation}, found as a name is (namespace, globals). */
    public static final class Store extends Node {
        final String name;
        final Node annotation;

        public Store(String name, Node annotation) {
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object value = annotation.eval(t, f);
            Object dict = f.nsGet(t, "__annotations__");
            if (dict == null) {
                dict = f.globals.getStr("__annotations__");
            }
            if (dict == null) {
                throw raisedHere(Errors.nameError("__annotations__"));
            }
            Protocols.setItem(t, dict, name, value);
            return null;
        }
    }
}
