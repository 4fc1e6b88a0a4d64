// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static dev.weft.runtime.Compare.EQ;
import static dev.weft.runtime.Compare.GE;
import static dev.weft.runtime.Compare.GT;
import static dev.weft.runtime.Compare.LE;
import static dev.weft.runtime.Compare.LT;
import static dev.weft.runtime.Compare.NE;
import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;
import java.math.BigDecimal;

/** Comparisons between builtin values; NotImplemented when a user class must be asked. */
final class BuiltinCompare {
    private BuiltinCompare() {}

    /** Marks a comparison with NaN: only {@code !=} holds. */
    private static final int UNORDERED = 2;

    static Object compare(Fiber t, int op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Truth.of(holds(op, Long.compare(x, y)));
        }
        if (FloatOps.isNumber(a) && FloatOps.isNumber(b)) {
            return Truth.of(holds(op, numbers(a, b)));
        }
        if (a instanceof String x && b instanceof String y) {
            // signum: a difference of 2 would read as UNORDERED.
            return Truth.of(holds(op, op == EQ || op == NE ? (x.equals(y) ? 0 : 1)
                    : Integer.signum(Strings.compare(x, y))));
        }
        if (a instanceof WeftList x && x.exact() && b instanceof WeftList y && y.exact()) {
            return sequences(t, op, x.array(), x.size(), y.array(), y.size());
        }
        if (a instanceof WeftTuple x && x.exact() && b instanceof WeftTuple y && y.exact()) {
            return sequences(t, op, x.items(), x.size(), y.items(), y.size());
        }
        if (a instanceof WeftBytes x && b instanceof WeftBytes y) {
            return Truth.of(holds(op, Integer.signum(x.compareTo(y))));
        }
        if (a instanceof WeftSet x && x.exact() && b instanceof WeftSet y && y.exact()) {
            return SetOps.compare(t, op, x, y);
        }
        if (a instanceof WeftDict x && x.exact() && b instanceof WeftDict y && y.exact() && (op == EQ || op == NE)) {
            return Truth.of(DictOps.equal(t, x, y) == (op == EQ));
        }
        if (a instanceof ComparedByValue x && (op == EQ || op == NE) && !isUserValue(b)) {
            // Against an instance of a script's class, that class's __eq__ decides (as
            // typing.Optional[int] == (int | None) does).
            return Truth.of(x.sameAs(t, b) == (op == EQ));
        }
        if (a instanceof WeftRange x && b instanceof WeftRange y && (op == EQ || op == NE)) {
            return Truth.of(x.sameAs(y) == (op == EQ));
        }
        if ((a instanceof WeftComplex || b instanceof WeftComplex) && (op == EQ || op == NE)
                && isComplexLike(a) && isComplexLike(b)) {
            return Truth.of(WeftComplex.of(a).equals(WeftComplex.of(b)) == (op == EQ));
        }
        if (isUserValue(a) || isUserValue(b)) {
            return NOT_IMPLEMENTED;
        }
        if (ViewOps.isSetLike(a) || ViewOps.isSetLike(b)) {
            Object r = ViewOps.compare(t, op, a, b);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == EQ) {
            return Truth.of(a == b);
        }
        if (op == NE) {
            return Truth.of(a != b);
        }
        return NOT_IMPLEMENTED;
    }

    private static boolean isComplexLike(Object o) {
        return o instanceof WeftComplex || FloatOps.isNumber(o);
    }

    private static boolean isUserValue(Object o) {
        return o instanceof WeftObject w && !w.type().isBuiltin();
    }

    private static boolean holds(int op, int c) {
        if (c == UNORDERED) {
            return op == NE;
        }
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            case GE: return c >= 0;
            default: throw new IllegalArgumentException();
        }
    }

    /** Exact comparison of ints and floats; {@link #UNORDERED} when a NaN is involved. */
    static int numbers(Object a, Object b) {
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            return IntOps.compare(a, b);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return doubles(x, y);
        }
        if (a instanceof Double x) {
            int c = intVsDouble(b, x);
            return c == UNORDERED ? c : -c;
        }
        return intVsDouble(a, (Double) b);
    }

    private static int doubles(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return UNORDERED;
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    private static int intVsDouble(Object i, double d) {
        if (Double.isNaN(d)) {
            return UNORDERED;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (IntOps.fitsLong(i)) {
            long x = IntOps.small(i);
            if (Math.abs(x) < (1L << 53)) {
                return doubles((double) x, d);
            }
        }
        return new BigDecimal(IntOps.big(i)).compareTo(new BigDecimal(d));
    }

    static Object sequences(Fiber t, int op, Object[] a, int na, Object[] b, int nb) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (!Compare.eq(t, a[i], b[i])) {
                if (op == EQ) {
                    return Boolean.FALSE;
                }
                if (op == NE) {
                    return Boolean.TRUE;
                }
                return Truth.of(Compare.test(t, op, a[i], b[i]));
            }
        }
        return Truth.of(holds(op, Integer.compare(na, nb)));
    }
}
