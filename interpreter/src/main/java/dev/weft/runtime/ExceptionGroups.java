// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Splitting exception groups ({@code split}, {@code subgroup}) and what {@code except*} does
 * with the parts: match a clause's types, and after the last clause, rebuild what is left to
 * raise from what the clauses re-raised and what they raised anew.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    /** A group's matching part and the rest; either may be null. */
    public record Split(WeftError match, WeftError rest) {}

    /** split()/subgroup()'s condition: an exception type, a tuple of them, or a predicate. */
    public static Predicate<WeftError> matcher(Fiber t, Object condition) {
        if (Calls.isCallable(condition) && !(condition instanceof WeftType)) {
            return e -> Truth.isTrue(t, Calls.callDirect(t, condition, e));
        }
        if (isExceptionClass(condition)) {
            WeftType type = (WeftType) condition;
            return e -> e.isInstance(type);
        }
        if (condition instanceof WeftTuple tuple && Types.of(tuple) == Types.TUPLE) {
            for (Object item : tuple.items()) {
                if (!isExceptionClass(item)) {
                    throw badCondition();
                }
            }
            return e -> {
                for (Object item : tuple.items()) {
                    if (e.isInstance((WeftType) item)) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw badCondition();
    }

    private static boolean isExceptionClass(Object o) {
        return o instanceof WeftType type && type.isSubtypeOf(ErrorTypes.BASE_EXCEPTION);
    }

    private static WeftError badCondition() {
        return Errors.typeError("expected a function, exception type or tuple of exception"
                + " types");
    }

    /** Splits {@code exc} by {@code matches}, keeping the structure of nested groups. */
    public static Split split(Fiber t, WeftError exc, Predicate<WeftError> matches,
            boolean withRest) {
        if (matches.test(exc)) {
            return new Split(exc, null);
        }
        if (!(exc instanceof WeftExceptionGroup group)) {
            return new Split(null, withRest ? exc : null);
        }
        List<WeftError> matched = new ArrayList<>();
        List<WeftError> rest = new ArrayList<>();
        for (Object member : group.exceptions().items()) {
            Split part = split(t, (WeftError) member, matches, withRest);
            if (part.match() != null) {
                matched.add(part.match());
            }
            if (part.rest() != null) {
                rest.add(part.rest());
            }
        }
        return new Split(subset(t, group, matched), withRest ? subset(t, group, rest) : null);
    }

    /**
     * A group like {@code orig} holding {@code members}, made by its {@code derive} and given
     * its traceback, cause, context and (a copy of) its notes; null when there are none.
     */
    private static WeftError subset(Fiber t, WeftExceptionGroup orig, List<WeftError> members) {
        if (members.isEmpty()) {
            return null;
        }
        Object made = Calls.callDirect(t, Attrs.get(t, orig, "derive"),
                new WeftList(members.toArray()));
        if (!(made instanceof WeftExceptionGroup group)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        group.copyTraceback(orig);
        group.cause = orig.cause;
        group.context = orig.context;
        group.suppressContext = orig.suppressContext;
        Object notes = orig.dict().getStr("__notes__");
        if (notes instanceof WeftList || notes instanceof WeftTuple) {
            group.dict().putStr("__notes__", new WeftList(Iter.toArray(t, notes)));
        }
        return group;
    }

    // ---- except* ------------------------------------------------------------------------------

    /**
     * One {@code except* T} clause against what is still unhandled: the part it handles (a
     * naked exception comes wrapped in a group) and what goes on to the next clause.
     */
    public static Split exceptStar(Fiber t, WeftError exc, Object type) {
        checkStarType(type);
        if (exc == null) {
            return new Split(null, null);
        }
        Predicate<WeftError> byType = matcher(t, type);
        if (byType.test(exc)) {
            WeftError match = exc instanceof WeftExceptionGroup ? exc
                    : WeftExceptionGroup.make(t, ErrorTypes.BASE_EXCEPTION_GROUP,
                            new Object[] {"", WeftTuple.of(exc)});
            return new Split(match, null);
        }
        if (exc instanceof WeftExceptionGroup) {
            return split(t, exc, byType, true);
        }
        return new Split(null, exc);
    }

    private static void checkStarType(Object type) {
        Object[] types = type instanceof WeftTuple tu ? tu.items() : new Object[] {type};
        for (Object o : types) {
            if (!isExceptionClass(o)) {
                throw Errors.typeError("catching classes that do not inherit from"
                        + " BaseException is not allowed");
            }
        }
        for (Object o : types) {
            if (((WeftType) o).isSubtypeOf(ErrorTypes.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed."
                        + " Use except instead.");
            }
        }
    }

    /**
     * What the try statement raises after its except* clauses: {@code raised} holds what each
     * clause raised (null for none) and, last, the unhandled rest. Re-raised parts (sharing
     * {@code orig}'s traceback and chaining) go back into {@code orig}'s shape; new exceptions
     * join them in a new group. Null when everything was handled.
     */
    public static WeftError reraiseStar(Fiber t, WeftError orig, List<WeftError> raised) {
        if (!(orig instanceof WeftExceptionGroup group)) {
            return raised.isEmpty() ? null : raised.get(0);
        }
        List<WeftError> fresh = new ArrayList<>();
        Map<WeftError, Boolean> keep = new IdentityHashMap<>();
        for (WeftError e : raised) {
            if (e == null) {
                continue;
            }
            if (sameMetadata(e, orig)) {
                leaves(e, keep);
            } else {
                fresh.add(e);
            }
        }
        WeftError reraised = keep.isEmpty() ? null
                : split(t, group, keep::containsKey, false).match();
        if (fresh.isEmpty()) {
            return reraised;
        }
        if (reraised != null) {
            fresh.add(reraised);
        }
        return fresh.size() == 1 ? fresh.get(0) : WeftExceptionGroup.make(t,
                ErrorTypes.BASE_EXCEPTION_GROUP, new Object[] {"", new WeftList(fresh.toArray())});
    }

    private static boolean sameMetadata(WeftError a, WeftError b) {
        return a.cause == b.cause && a.context == b.context
                && a.traceback().equals(b.traceback());
    }

    private static void leaves(WeftError e, Map<WeftError, Boolean> into) {
        if (e instanceof WeftExceptionGroup g) {
            for (Object member : g.exceptions().items()) {
                leaves((WeftError) member, into);
            }
        } else {
            into.put(e, Boolean.TRUE);
        }
    }
}
