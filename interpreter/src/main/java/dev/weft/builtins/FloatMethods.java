// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.Formatting;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.ValueInstance;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Numbers;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftComplex;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.text.FloatRepr;
import dev.weft.runtime.text.TextError;
import java.math.BigInteger;
import java.util.function.DoubleFunction;
import java.util.function.Predicate;

/** float's and complex's methods: operators, rounding, exact ratios and hex notation. */
final class FloatMethods {
    private FloatMethods() {}

    static void install() {
        WeftType t = Types.FLOAT;
        int[] ops = {Ops.ADD, Ops.SUB, Ops.MUL, Ops.DIV, Ops.FLOORDIV, Ops.MOD, Ops.POW};
        NumberDunders.operators(t, ops, FloatOps::isNumber);
        NumberDunders.divmod(t, FloatOps::isNumber);
        NumberDunders.comparisons(t, FloatOps::isNumber, true);
        NumberDunders.common(t);
        unary(t, "__float__", d -> d);
        unary(t, "__int__", Numbers::floatToInt);
        unary(t, "__trunc__", Numbers::floatToInt);
        unary(t, "__floor__", d -> Numbers.floatToInt(Math.floor(d)));
        unary(t, "__ceil__", d -> Numbers.floatToInt(Math.ceil(d)));
        TypeSetup.method(t, "__round__", FloatMethods::round);
        TypeSetup.method(t, "__getnewargs__", (f, a, k) -> WeftTuple.of(a[0]));
        method(t, "is_integer", d -> !Double.isInfinite(d) && d == Math.rint(d));
        method(t, "as_integer_ratio", FloatMethods::ratio);
        method(t, "conjugate", d -> d);
        method(t, "hex", FloatHex::toHex);
        TypeSetup.classMethod(t, "fromhex", (f, a, k) -> {
            Sig.exactly("fromhex", Args.rest(a), k, 1);
            if (!(a[1] instanceof String s)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            return FloatHex.fromHex(s);
        });
        t.define("real", GetSet.readOnly("real", (f, o) -> ValueInstance.unwrap(o)));
        t.define("imag", GetSet.readOnly("imag", (f, o) -> 0.0));
        complex(Types.COMPLEX);
    }

    private static void unary(WeftType t, String name, DoubleFunction<Object> fn) {
        StrDunders.wrap(t, name, 0, (f, a, k) -> fn.apply((Double) a[0]));
    }

    private static void method(WeftType t, String name, DoubleFunction<Object> fn) {
        String qual = t.name() + "." + name;
        TypeSetup.method(t, name, (f, a, k) -> {
            Args.none(qual, a, k);
            return fn.apply((Double) a[0]);
        });
    }

    private static Object round(Fiber f, Object[] a, String[] k) {
        Args.range("float.__round__", a, k, 0, 1);
        double d = (Double) a[0];
        Object nd = Args.opt(a, 1);
        try {
            if (nd == null || nd == WeftNone.NONE) {
                return Numbers.fromNumber(FloatRepr.roundToInt(d));
            }
            return FloatRepr.round(d, Protocols.index(f, nd));
        } catch (TextError e) {
            throw Formatting.toError(e);
        }
    }

    private static Object ratio(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        BigInteger[] r = FloatRepr.asIntegerRatio(d);
        return WeftTuple.of(IntOps.norm(r[0]), IntOps.norm(r[1]));
    }

    private static void complex(WeftType t) {
        Predicate<Object> accepts = o -> FloatOps.isNumber(o) || o instanceof WeftComplex;
        int[] ops = {Ops.ADD, Ops.SUB, Ops.MUL, Ops.DIV, Ops.POW};
        NumberDunders.operators(t, ops, accepts);
        NumberDunders.comparisons(t, accepts, false);
        NumberDunders.unary(t);
        StrDunders.wrap(t, "__format__", 1, (f, a, k) -> {
            if (!(a[1] instanceof String spec) || !spec.isEmpty()) {
                throw Errors.typeError("unsupported format string passed to complex.__format__");
            }
            return Reprs.str(f, a[0]);
        });
        TypeSetup.method(t, "conjugate", (f, a, k) -> {
            Args.none("complex.conjugate", a, k);
            WeftComplex c = (WeftComplex) a[0];
            return new WeftComplex(c.real, -c.imag);
        });
        TypeSetup.method(t, "__getnewargs__", (f, a, k) -> WeftTuple.of(
                ((WeftComplex) a[0]).real, ((WeftComplex) a[0]).imag));
        t.define("real", GetSet.readOnly("real", (f, o) -> ((WeftComplex) ValueInstance.unwrap(o)).real));
        t.define("imag", GetSet.readOnly("imag", (f, o) -> ((WeftComplex) ValueInstance.unwrap(o)).imag));
    }
}
