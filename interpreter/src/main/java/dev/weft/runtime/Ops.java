// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;

/**
 * Binary and unary operators with Python's rules: builtin operand types are handled in Java,
 * anything else goes through the dunder protocol ({@code __add__}, then the reflected
 * {@code __radd__}, subclass first), as CPython's {@code binary_op1} does.
 */
public final class Ops {
    private Ops() {}

    /** The operators, in the order of {@link dev.weft.ast.Operators.BinaryOperator}. */
    public static final String[] SYMBOLS =
        {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"};
    private static final String[] NAMES =
        {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
         "or", "xor", "and"};
    public static final int ADD = 0;
    public static final int SUB = 1;
    public static final int MUL = 2;
    public static final int MATMUL = 3;
    public static final int DIV = 4;
    public static final int FLOORDIV = 5;
    public static final int MOD = 6;
    public static final int POW = 7;
    public static final int LSHIFT = 8;
    public static final int RSHIFT = 9;
    public static final int OR = 10;
    public static final int XOR = 11;
    public static final int AND = 12;

    /** {@code a op b}. */
    public static Object binary(Fiber t, int op, Object a, Object b) {
        Object r = BuiltinOps.binary(t, op, a, b);
        if (r != NOT_IMPLEMENTED) {
            return r;
        }
        return viaDunders(t, op, a, b, false);
    }

    /** {@code a op= b}: the in-place dunder first, then the plain operator. */
    public static Object inplace(Fiber t, int op, Object a, Object b) {
        Object r = BuiltinOps.inplace(t, op, a, b);
        if (r != NOT_IMPLEMENTED) {
            return r;
        }
        WeftType ta = Types.of(a);
        if (!ta.isBuiltin()) {
            Object f = ta.lookup("__i" + NAMES[op] + "__");
            if (f != null) {
                r = Calls.callDirect(t, f, a, b);
                if (r != NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        r = BuiltinOps.binary(t, op, a, b);
        return r != NOT_IMPLEMENTED ? r : viaDunders(t, op, a, b, true);
    }

    private static Object viaDunders(Fiber t, int op, Object a, Object b, boolean inplace) {
        WeftType ta = Types.of(a);
        WeftType tb = Types.of(b);
        String name = "__" + NAMES[op] + "__";
        String rname = "__r" + NAMES[op] + "__";
        // A builtin left operand is asked only when the right one is a user object (the pair
        // of builtins was BuiltinOps's job).
        Object fa = ta.isBuiltin() && tb.isBuiltin() ? null : ta.lookup(name);
        // CPython tries a sequence's concat/repeat slot after both operands' number slots.
        boolean faLast = (op == ADD || op == MUL) && isSequenceSlot(fa);
        Object fb = tb == ta || (ta.isBuiltin() && tb.isBuiltin()) ? null : tb.lookup(rname);
        if (fb != null && tb.isSubtypeOf(ta) && fb != ta.lookup(rname)) {
            Object r = Calls.callDirect(t, fb, b, a);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null && !faLast) {
            Object r = Calls.callDirect(t, fa, a, b);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            Object r = Calls.callDirect(t, fb, b, a);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fa != null && faLast) {
            Object r = Calls.callDirect(t, fa, a, b);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw unsupported(op, a, b, inplace);
    }

    private static WeftError unsupported(int op, Object a, Object b, boolean inplace) {
        if (op == ADD && (a instanceof String || a instanceof WeftList || a instanceof WeftTuple)
                && !(b instanceof WeftObject && !Types.of(b).isBuiltin())) {
            String kind = Types.name(a);
            return Errors.typeError("can only concatenate " + kind + " (not \"" + Types.name(b)
                    + "\") to " + kind);
        }
        if (op == ADD && a instanceof WeftBytes) {
            return Errors.typeError("can't concat " + Types.name(b) + " to " + Types.name(a));
        }
        if (op == MUL && isSequence(a) && !IntOps.isInt(b)) {
            return Errors.typeError("can't multiply sequence by non-int of type '"
                    + Types.name(b) + "'");
        }
        if (op == MUL && isSequence(b) && !IntOps.isInt(a)) {
            return Errors.typeError("can't multiply sequence by non-int of type '"
                    + Types.name(a) + "'");
        }
        if (inplace) {
            return Errors.unsupported(SYMBOLS[op] + "=", a, b);
        }
        if (op == POW) {
            return Errors.typeError("unsupported operand type(s) for ** or pow(): '"
                    + Types.name(a) + "' and '" + Types.name(b) + "'");
        }
        return Errors.unsupported(SYMBOLS[op], a, b);
    }

    /** list/tuple/str/bytes's own __add__ or __mul__ (what CPython keeps in sq_concat/sq_repeat). */
    private static boolean isSequenceSlot(Object f) {
        if (!(f instanceof WeftBuiltin b)) {
            return false;
        }
        WeftType owner = b.owner();
        return owner == Types.LIST || owner == Types.TUPLE || owner == Types.STR
                || owner == Types.BYTES || owner == Types.BYTEARRAY;
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof WeftList || o instanceof WeftTuple
                || o instanceof WeftBytes;
    }

    // ---- unary ----------------------------------------------------------------------------

    public static Object neg(Fiber t, Object a) {
        if (a instanceof Long || a instanceof Boolean || a instanceof java.math.BigInteger) {
            return IntOps.neg(a);
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof WeftComplex c) {
            return new WeftComplex(-c.real, -c.imag);
        }
        return unaryDunder(t, a, "__neg__", "-");
    }

    public static Object pos(Fiber t, Object a) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (IntOps.isInt(a) || a instanceof Double || a instanceof WeftComplex) {
            return a;
        }
        return unaryDunder(t, a, "__pos__", "+");
    }

    public static Object invert(Fiber t, Object a) {
        if (IntOps.isInt(a)) {
            return IntOps.invert(a);
        }
        return unaryDunder(t, a, "__invert__", "~");
    }

    private static Object unaryDunder(Fiber t, Object a, String name, String sym) {
        WeftType ta = Types.of(a);
        Object f = ta.isBuiltin() ? null : ta.lookup(name);
        if (f == null) {
            throw Errors.typeError("bad operand type for unary " + sym + ": '" + ta.name() + "'");
        }
        return Calls.callDirect(t, f, a);
    }

    public static Object abs(Fiber t, Object a) {
        if (IntOps.isInt(a)) {
            return IntOps.abs(a);
        }
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        if (a instanceof WeftComplex c) {
            return c.abs();
        }
        WeftType ta = Types.of(a);
        Object f = ta.isBuiltin() ? null : ta.lookup("__abs__");
        if (f == null) {
            throw Errors.typeError("bad operand type for abs(): '" + ta.name() + "'");
        }
        return Calls.callDirect(t, f, a);
    }
}
