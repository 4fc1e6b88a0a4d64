// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.Set;

/**
 * {@code types.GenericAlias}: what {@code list[int]} makes. It remembers the class and the
 * arguments, prints as {@code list[int]}, and stands for the class otherwise: calling it
 * constructs an instance of the class, and most attributes are the class's.
 */
public final class WeftGenericAlias implements WeftObject, WeftRepresentable, ComparedByValue {
    public static final WeftType TYPE = WeftType.builtin("GenericAlias", Types.OBJECT);

    static {
        TYPE.setModule("types");
        // types.GenericAlias(origin, args), which classes use as __class_getitem__.
        TYPE.setFactory((t, type, a, k) -> {
            dev.weft.builtins.Sig.exactly("GenericAlias", a, k, 2);
            return new WeftGenericAlias(a[0], a[1]);
        });
    }

    /** Attributes the alias answers itself; every other name is looked up on the origin. */
    private static final Set<String> OWN = Set.of("__class__", "__origin__", "__args__",
            "__parameters__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__",
            "__deepcopy__");

    private final Object origin;
    private final WeftTuple args;

    public WeftGenericAlias(Object origin, Object args) {
        this.origin = origin;
        // C[a, b] passes the tuple (a, b); C[a] passes a alone.
        this.args = args instanceof WeftTuple tu && tu.exact() ? tu : WeftTuple.of(args);
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    public Object origin() {
        return origin;
    }

    public WeftTuple args() {
        return args;
    }

    /** The origin's attribute {@code name} when the alias forwards it, else null. */
    public Object forwarded(Fiber t, String name) {
        return OWN.contains(name) ? null : Attrs.lookup(t, origin, name);
    }

    @Override
    public String repr(Fiber t) {
        StringBuilder sb = new StringBuilder(itemRepr(t, origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(itemRepr(t, args.get(i)));
        }
        return sb.append(']').toString();
    }

    /**
     * How a class shows inside a type expression: by its (qualified) name, not as
     * {@code <class 'int'>}; {@code ...} for Ellipsis and {@code None} for NoneType.
     */
    static String itemRepr(Fiber t, Object item) {
        if (item == Types.NONE_TYPE) {
            return "None";
        }
        if (item instanceof WeftType c) {
            return c.qualifiedName();
        }
        if (item == Singleton.ELLIPSIS) {
            return "...";
        }
        return Reprs.repr(t, item);
    }

    @Override
    public boolean sameAs(Fiber t, Object other) {
        return other instanceof WeftGenericAlias g && Compare.eq(t, origin, g.origin)
                && Compare.eq(t, args, g.args);
    }

    @Override
    public long pyHash(Fiber t) {
        return Hashing.pyHash(t, origin) ^ Hashing.pyHash(t, args);
    }
}
