// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Formatting;
import dev.weft.runtime.Hashing;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import java.util.function.Predicate;

/**
 * The operator methods of int, float and complex ({@code int.__add__}, {@code float.__radd__},
 * {@code __eq__}...), as CPython's number slots behave when called directly: an operand of a
 * type the method does not handle gives NotImplemented (so {@code (1).__add__(1.5)} is
 * NotImplemented while {@code (1.5).__add__(1)} is 2.5). These types cannot be subclassed, so
 * the work is done by the generic operators on the plain values.
 */
final class NumberDunders {
    private NumberDunders() {}

    private static final String[] OP_NAMES = {"add", "sub", "mul", "matmul", "truediv",
        "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and"};
    private static final String[] CMP_NAMES =
        {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    /** Defines {@code __op__} and {@code __rop__} for each operator in {@code ops}. */
    static void operators(WeftType t, int[] ops, Predicate<Object> accepts) {
        for (int op : ops) {
            String name = "__" + OP_NAMES[op] + "__";
            String rname = "__r" + OP_NAMES[op] + "__";
            if (op == Ops.POW) {
                TypeSetup.method(t, name, (f, a, k) -> {
                    Args.range(t.name() + "." + name, a, k, 1, 2);
                    return pow(f, a, accepts, false);
                });
                TypeSetup.method(t, rname, (f, a, k) -> {
                    Args.range(t.name() + "." + rname, a, k, 1, 2);
                    return pow(f, a, accepts, true);
                });
                continue;
            }
            StrDunders.wrap(t, name, 1, (f, a, k) -> accepts.test(a[1])
                    ? Ops.binary(f, op, a[0], a[1]) : NOT_IMPLEMENTED);
            StrDunders.wrap(t, rname, 1, (f, a, k) -> accepts.test(a[1])
                    ? Ops.binary(f, op, a[1], a[0]) : NOT_IMPLEMENTED);
        }
    }

    /** {@code __pow__(other, mod=None)}; the three-argument form is pow()'s. */
    private static Object pow(dev.weft.cps.Fiber f, Object[] a, Predicate<Object> accepts,
            boolean reflected) {
        if (!accepts.test(a[1])) {
            return NOT_IMPLEMENTED;
        }
        Object base = reflected ? a[1] : a[0];
        Object exp = reflected ? a[0] : a[1];
        if (a.length > 2 && a[2] != WeftNone.NONE) {
            return CoreFunctions.powMod(base, exp, a[2]);
        }
        return Ops.binary(f, Ops.POW, base, exp);
    }

    /** {@code __divmod__} and {@code __rdivmod__}. */
    static void divmod(WeftType t, Predicate<Object> accepts) {
        StrDunders.wrap(t, "__divmod__", 1, (f, a, k) -> accepts.test(a[1])
                ? CoreFunctions.divmodNumbers(a[0], a[1]) : NOT_IMPLEMENTED);
        StrDunders.wrap(t, "__rdivmod__", 1, (f, a, k) -> accepts.test(a[1])
                ? CoreFunctions.divmodNumbers(a[1], a[0]) : NOT_IMPLEMENTED);
    }

    /** The six comparisons; {@code ordered} false leaves only == and != (complex). */
    static void comparisons(WeftType t, Predicate<Object> accepts, boolean ordered) {
        for (int op = 0; op < CMP_NAMES.length; op++) {
            int o = op;
            boolean allowed = ordered || op == Compare.EQ || op == Compare.NE;
            StrDunders.wrap(t, CMP_NAMES[op], 1, (f, a, k) -> allowed && accepts.test(a[1])
                    ? Compare.rich(f, o, a[0], a[1]) : NOT_IMPLEMENTED);
        }
    }

    /** __hash__, __repr__, __bool__, __format__, and the unary operators. */
    static void common(WeftType t) {
        unary(t);
        StrDunders.wrap(t, "__format__", 1, (f, a, k) -> {
            if (!(a[1] instanceof String spec)) {
                throw Errors.typeError("__format__() argument must be str, not "
                        + Types.name(a[1]));
            }
            return Formatting.format(f, a[0], spec);
        });
    }

    /** What all three share; complex formats through its own __format__ (see FloatMethods). */
    static void unary(WeftType t) {
        StrDunders.wrap(t, "__hash__", 0, (f, a, k) -> Hashing.pyHash(f, a[0]));
        StrDunders.wrap(t, "__repr__", 0, (f, a, k) -> Reprs.repr(f, a[0]));
        StrDunders.wrap(t, "__bool__", 0, (f, a, k) -> Truth.isTrue(f, a[0]));
        StrDunders.wrap(t, "__neg__", 0, (f, a, k) -> Ops.neg(f, a[0]));
        StrDunders.wrap(t, "__pos__", 0, (f, a, k) -> Ops.pos(f, a[0]));
        StrDunders.wrap(t, "__abs__", 0, (f, a, k) -> Ops.abs(f, a[0]));
    }
}
