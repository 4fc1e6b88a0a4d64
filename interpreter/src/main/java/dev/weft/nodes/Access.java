// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;

/** Attribute and subscript reads ({@code obj.name}, {@code obj[key]}). */
public final class Access {
    private Access() {}

    public static final class AttrLoad extends Node {
        final Node obj;
        final String name;

        public AttrLoad(Node obj, String name) {
            this.obj = obj;
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object o = obj.eval(t, f);
            try {
                return Attrs.get(t, o, name);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class SubscrLoad extends Node {
        final Node obj;
        final Node key;

        public SubscrLoad(Node obj, Node key) {
            this.obj = obj;
            this.key = key;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object o = obj.eval(t, f);
            Object k = key.eval(t, f);
            if (o instanceof WeftList l && l.exact() && k instanceof Long i) {
                long n = i < 0 ? i + l.size() : i;
                if (n >= 0 && n < l.size()) {
                    return l.get((int) n);
                }
            }
            try {
                return Protocols.getItem(t, o, k);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class AttrDelete extends Node {
        final Node obj;
        final String name;

        public AttrDelete(Node obj, String name) {
            this.obj = obj;
            this.name = name;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object o = obj.eval(t, f);
            try {
                Attrs.delete(t, o, name);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
            return null;
        }
    }

    public static final class SubscrDelete extends Node {
        final Node obj;
        final Node key;

        public SubscrDelete(Node obj, Node key) {
            this.obj = obj;
            this.key = key;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object o = obj.eval(t, f);
            Object k = key.eval(t, f);
            try {
                Protocols.delItem(t, o, k);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
            return null;
        }
    }
}
