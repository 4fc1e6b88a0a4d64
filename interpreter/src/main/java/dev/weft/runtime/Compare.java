// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;

/** Rich comparisons with Python's rules: builtin types in Java, others through dunders. */
public final class Compare {
    private Compare() {}

    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;
    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] NAMES =
        {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    /** {@code a op b} as a value (user dunders may return anything). */
    public static Object rich(Fiber t, int op, Object a, Object b) {
        Object r = BuiltinCompare.compare(t, op, a, b);
        if (r != NOT_IMPLEMENTED) {
            return r;
        }
        return viaDunders(t, op, a, b);
    }

    /** The truth of {@code a op b}. */
    public static boolean test(Fiber t, int op, Object a, Object b) {
        Object r = rich(t, op, a, b);
        return r instanceof Boolean bool ? bool : Truth.isTrue(t, r);
    }

    /** {@code a == b}, with the identity shortcut containers use. */
    public static boolean eq(Fiber t, Object a, Object b) {
        return a == b || test(t, EQ, a, b);
    }

    private static Object viaDunders(Fiber t, int op, Object a, Object b) {
        WeftType ta = Types.of(a);
        WeftType tb = Types.of(b);
        int rop = SWAPPED[op];
        Object fa = dunder(ta, op);
        // The reflected method is tried even for the same type: a class with only __lt__
        // still answers b > a.
        Object fb = dunder(tb, rop);
        if (fb != null && tb.isSubtypeOf(ta) && tb != ta) {
            Object r = call(t, fb, rop, b, a);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            Object r = call(t, fa, op, a, b);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            Object r = call(t, fb, rop, b, a);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == EQ) {
            return a == b;
        }
        if (op == NE) {
            return a != b;
        }
        throw Errors.typeError("'" + SYMBOLS[op] + "' not supported between instances of '"
                + ta.name() + "' and '" + tb.name() + "'");
    }

    /**
     * The comparison method of an operand's class, or null. Builtin classes are asked too: a
     * builtin container compares with an instance of a user subclass of it (dict == Counter).
     */
    private static Object dunder(WeftType type, int op) {
        Object f = type.lookup(NAMES[op]);
        // object.__ne__ is inherited by every class, so it too stands for "invert __eq__".
        if ((f == null || f == ObjectMethods.NE) && op == NE) {
            Object eq = type.lookup("__eq__");
            return eq == null || eq == ObjectMethods.EQ ? null : new NegatedEq(eq);
        }
        return ObjectMethods.isDefaultComparison(f) ? null : f;
    }

    private static Object call(Fiber t, Object f, int op, Object self, Object other) {
        if (f instanceof NegatedEq n) {
            Object r = Calls.callDirect(t, n.eq, self, other);
            return r == NOT_IMPLEMENTED ? r : Truth.of(!Truth.isTrue(t, r));
        }
        return Calls.callDirect(t, f, self, other);
    }

    /** object.__ne__'s default: the inverse of a user {@code __eq__}. */
    private record NegatedEq(Object eq) {}

    /** Lexicographic comparison of two item arrays, for lists and tuples of any subtype. */
    public static Object sequences(Fiber t, int op, Object[] a, int na, Object[] b, int nb) {
        return BuiltinCompare.sequences(t, op, a, na, b, nb);
    }

    public static String symbol(int op) {
        return SYMBOLS[op];
    }
}
