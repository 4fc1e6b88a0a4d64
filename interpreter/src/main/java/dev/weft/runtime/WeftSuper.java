// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/** {@code super(cls, obj)}: attribute lookup that starts after {@code cls} in obj's MRO. */
public final class WeftSuper implements WeftObject, WeftRepresentable {
    private final WeftType cls;
    private final Object self;
    /** The type whose MRO is searched: type(self), or self when it is a class (classmethods). */
    private final WeftType start;

    public WeftSuper(WeftType cls, Object self) {
        this.cls = cls;
        this.self = self;
        if (self instanceof WeftType st && st.isSubtypeOf(cls)) {
            this.start = st;
        } else if (Types.of(self).isSubtypeOf(cls)) {
            this.start = Types.of(self);
        } else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    @Override
    public WeftType type() {
        return Types.SUPER;
    }

    /** The attribute found after {@code cls} in the MRO, bound as a normal lookup would. */
    public Object lookup(Fiber t, String name) {
        WeftType[] mro = start.mro();
        int i = 0;
        while (i < mro.length && mro[i] != cls) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].dict().getStr(name);
            if (v != null) {
                Object instance = self == start ? WeftNone.NONE : self;
                return Attrs.bind(t, v, instance, start);
            }
        }
        return null;
    }

    @Override
    public String repr(Fiber t) {
        return "<super: <class '" + cls.name() + "'>, <" + Types.name(self) + " object>>";
    }
}
