// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.HashSet;
import java.util.Set;

/**
 * A class pattern's test, as CPython 3.11's MATCH_CLASS: isinstance, then the attributes its
 * sub-patterns match, positional ones named by {@code __match_args__}.
 */
public final class ClassPatterns {
    private ClassPatterns() {}

    /** Builtin types whose single positional sub-pattern matches the subject itself. */
    private static final WeftType[] MATCH_SELF = {Types.BOOL, Types.BYTEARRAY, Types.BYTES,
        Types.DICT, Types.FLOAT, Types.FROZENSET, Types.INT, Types.LIST, Types.SET, Types.STR,
        Types.TUPLE};

    /**
     * The values for {@code nargs} positional and the {@code keywords} sub-patterns, in that
     * order; null when the subject is not an instance or lacks one of the attributes.
     */
    public static Object[] attributes(Fiber t, Object cls, Object subject, int nargs,
            String[] keywords) {
        if (!(cls instanceof WeftType type)) {
            throw Errors.typeError("called match pattern must be a type");
        }
        if (!dev.weft.builtins.Builtins.isInstance(t, subject, cls)) {
            return null;
        }
        Object[] out = new Object[nargs + keywords.length];
        Set<String> seen = new HashSet<>();
        if (nargs > 0 && !positional(t, type, subject, nargs, seen, out)) {
            return null;
        }
        for (int i = 0; i < keywords.length; i++) {
            out[nargs + i] = attribute(t, type, subject, keywords[i], seen);
            if (out[nargs + i] == null) {
                return null;
            }
        }
        return out;
    }

    private static boolean positional(Fiber t, WeftType type, Object subject, int nargs,
            Set<String> seen, Object[] out) {
        Object args;
        boolean self = false;
        try {
            args = Attrs.get(t, type, "__match_args__");
        } catch (WeftError e) {
            if (!e.isInstance(ErrorTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
            args = WeftTuple.EMPTY;
            self = matchesSelf(type);
        }
        if (!(args instanceof WeftTuple names) || !names.exact()) {
            throw Errors.typeError(type.name() + ".__match_args__ must be a tuple (got "
                    + Types.name(args) + ")");
        }
        int allowed = self ? 1 : names.size();
        if (allowed < nargs) {
            throw Errors.typeError(type.name() + "() accepts " + allowed
                    + " positional sub-pattern" + (allowed == 1 ? "" : "s") + " (" + nargs
                    + " given)");
        }
        if (self) {
            out[0] = subject;
            return true;
        }
        for (int i = 0; i < nargs; i++) {
            if (!(names.items()[i] instanceof String name)) {
                throw Errors.typeError("__match_args__ elements must be strings (got "
                        + Types.name(names.items()[i]) + ")");
            }
            out[i] = attribute(t, type, subject, name, seen);
            if (out[i] == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesSelf(WeftType type) {
        for (WeftType b : MATCH_SELF) {
            if (type.isSubtypeOf(b)) {
                return true;
            }
        }
        return false;
    }

    /** The attribute, or null when reading it raises AttributeError. */
    private static Object attribute(Fiber t, WeftType type, Object subject, String name,
            Set<String> seen) {
        if (!seen.add(name)) {
            throw Errors.typeError(type.name() + "() got multiple sub-patterns for attribute '"
                    + name + "'");
        }
        try {
            return Attrs.get(t, subject, name);
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }
}
