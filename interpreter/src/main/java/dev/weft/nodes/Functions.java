// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.WeftCell;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftFunction;

/** Making functions (def, lambda, comprehension bodies) and classes at run time. */
public final class Functions {
    private Functions() {}

    public static final class MakeFunction extends Node {
        final Code code;
        final Node[] defaults;
        final String[] kwNames;
        final Node[] kwDefaults;
        /** Slots of this frame holding the cells the new function closes over. */
        final int[] closure;
        final Object doc;
        /** Annotated parameter names (and "return"), and their values' nodes. */
        private String[] annNames = new String[0];
        private Node[] annValues = new Node[0];

        /** Gives the function {@code __annotations__} built from these when made. */
        public void annotate(String[] names, Node[] values) {
            this.annNames = names;
            this.annValues = values;
        }

        public MakeFunction(Code code, Node[] defaults, String[] kwNames, Node[] kwDefaults,
                int[] closure, Object doc) {
            this.code = code;
            this.defaults = defaults;
            this.kwNames = kwNames;
            this.kwDefaults = kwDefaults;
            this.closure = closure;
            this.doc = doc;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object[] d = new Object[defaults.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = defaults[i].eval(t, f);
            }
            WeftDict kw = null;
            if (kwNames.length > 0) {
                kw = new WeftDict();
                for (int i = 0; i < kwNames.length; i++) {
                    kw.putStr(kwNames[i], kwDefaults[i].eval(t, f));
                }
            }
            WeftCell[] cells = new WeftCell[closure.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = (WeftCell) f.slots[closure[i]];
            }
            WeftDict annotations = null;
            if (annNames.length > 0) {
                annotations = new WeftDict();
                for (int i = 0; i < annNames.length; i++) {
                    annotations.putStr(annNames[i], annValues[i].eval(t, f));
                }
            }
            WeftFunction fn = new WeftFunction(code, f.globals, d, kw, cells);
            fn.doc = doc;
            fn.annotations = annotations;
            return fn;
        }
    }

    /** The class body's namespace, returned when the body finishes. */
    public static final class Namespace extends Node {
        @Override
        public Object eval(Fiber t, Frame f) {
            return f.namespaceObject();
        }
    }
}
