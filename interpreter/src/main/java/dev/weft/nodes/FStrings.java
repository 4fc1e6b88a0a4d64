// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Formatting;
import dev.weft.runtime.Reprs;

/** f-strings: the parts joined, each replacement field converted and formatted. */
public final class FStrings {
    private FStrings() {}

    public static final class Join extends Node {
        final Node[] parts;

        public Join(Node[] parts) {
            this.parts = parts;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            StringBuilder sb = new StringBuilder();
            for (Node p : parts) {
                sb.append((String) p.eval(t, f));
            }
            return sb.toString();
        }
    }

    /** {@code {value!conversion:spec}}. */
    public static final class Field extends Node {
        final Node value;
        final int conversion;
        final Node spec;

        public Field(Node value, int conversion, Node spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = value.eval(t, f);
            switch (conversion) {
                case 'r': v = Reprs.repr(t, v); break;
                case 's': v = Reprs.str(t, v); break;
                case 'a': v = Formatting.ascii(t, v); break;
                default: break;
            }
            String s = spec == null ? "" : (String) spec.eval(t, f);
            if (s.isEmpty() && v instanceof String str) {
                return str;
            }
            return Formatting.format(t, v, s);
        }
    }
}
