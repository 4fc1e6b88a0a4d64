// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling script functions. */
public final class WeftProperty implements WeftObject {
    public final Object fget;
    public final Object fset;
    public final Object fdel;
    public final Object doc;
    /** The attribute name, learned from {@code __set_name__}, for messages. */
    public String name;

    public WeftProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public WeftType type() {
        return Types.PROPERTY;
    }

    public Object get(Fiber t, Object self) {
        if (fget == WeftNone.NONE) {
            throw Errors.attributeError("property " + label() + "of '" + Types.name(self)
                    + "' object has no getter");
        }
        return Calls.callDirect(t, fget, self);
    }

    public void set(Fiber t, Object self, Object value) {
        if (fset == WeftNone.NONE) {
            throw Errors.attributeError("property " + label() + "of '" + Types.name(self)
                    + "' object has no setter");
        }
        Calls.callDirect(t, fset, self, value);
    }

    public void delete(Fiber t, Object self) {
        if (fdel == WeftNone.NONE) {
            throw Errors.attributeError("property " + label() + "of '" + Types.name(self)
                    + "' object has no deleter");
        }
        Calls.callDirect(t, fdel, self);
    }

    private String label() {
        return name == null ? "" : "'" + name + "' ";
    }

    public WeftProperty with(Object getter, Object setter, Object deleter) {
        WeftProperty p = new WeftProperty(getter, setter, deleter, doc);
        p.name = name;
        return p;
    }
}
