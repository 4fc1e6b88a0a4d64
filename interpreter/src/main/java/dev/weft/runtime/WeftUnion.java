// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | None} makes (Python 3.10+). Its members are
 * flattened and deduplicated, it prints as {@code int | None}, and isinstance() and
 * issubclass() accept it as they accept a tuple of classes.
 */
public final class WeftUnion implements WeftObject, WeftRepresentable, ComparedByValue {
    public static final WeftType TYPE = WeftType.builtin("UnionType", Types.OBJECT);

    static {
        TYPE.setModule("types");
    }

    private final WeftTuple args;

    private WeftUnion(WeftTuple args) {
        this.args = args;
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    public WeftTuple args() {
        return args;
    }

    /**
     * {@code a | b} when both sides are classes, None, generic aliases or unions; otherwise
     * NotImplemented, so the other operand's {@code __ror__} (or the TypeError) follows.
     */
    public static Object or(Fiber t, Object a, Object b) {
        if (!isMember(a) || !isMember(b)) {
            return NOT_IMPLEMENTED;
        }
        List<Object> members = new ArrayList<>();
        add(t, members, a);
        add(t, members, b);
        if (members.size() == 1) {
            return members.get(0);
        }
        return new WeftUnion(new WeftTuple(members.toArray()));
    }

    /** A class, generic alias or union: an operand {@code |} may combine into a union. */
    public static boolean isTypeForm(Object o) {
        return o instanceof WeftType || o instanceof WeftGenericAlias || o instanceof WeftUnion;
    }

    private static boolean isMember(Object o) {
        return o == WeftNone.NONE || o instanceof WeftType || o instanceof WeftGenericAlias
                || o instanceof WeftUnion;
    }

    /** Adds a member, spreading a union's members and skipping ones already there. */
    private static void add(Fiber t, List<Object> members, Object o) {
        if (o instanceof WeftUnion u) {
            for (Object m : u.args.items()) {
                add(t, members, m);
            }
            return;
        }
        Object member = o == WeftNone.NONE ? Types.NONE_TYPE : o;
        for (Object m : members) {
            if (Compare.eq(t, m, member)) {
                return;
            }
        }
        members.add(member);
    }

    /** True when a member is a generic alias, which isinstance() refuses to test against. */
    public boolean hasGenericAlias() {
        for (Object m : args.items()) {
            if (m instanceof WeftGenericAlias) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String repr(Fiber t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : " | ").append(WeftGenericAlias.itemRepr(t, args.get(i)));
        }
        return sb.toString();
    }

    /** Equal when the members are the same, in any order. */
    @Override
    public boolean sameAs(Fiber t, Object other) {
        if (!(other instanceof WeftUnion u)) {
            return false;
        }
        return covers(t, this, u) && covers(t, u, this);
    }

    private static boolean covers(Fiber t, WeftUnion a, WeftUnion b) {
        for (Object m : b.args.items()) {
            boolean found = false;
            for (Object n : a.args.items()) {
                found |= Compare.eq(t, m, n);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Order-independent, like the hash of a frozenset of the members. */
    @Override
    public long pyHash(Fiber t) {
        long h = 0;
        for (Object m : args.items()) {
            h ^= Hashing.pyHash(t, m);
        }
        return h;
    }
}
