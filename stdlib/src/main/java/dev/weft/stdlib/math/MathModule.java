// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.math;

import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.stdlib.Args;
import dev.weft.stdlib.Params;

/** The math module: one registration table; the functions live in the classes beside it. */
public final class MathModule {
    private MathModule() {}

    private static final Params ISCLOSE = Params.clinic("isclose(a, b, *, rel_tol=, abs_tol=)");
    private static final Params PROD = Params.clinic("prod(iterable, /, *, start=)");

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("pi", Math.PI);
        d.putStr("e", Math.E);
        d.putStr("tau", 2 * Math.PI);
        d.putStr("inf", Double.POSITIVE_INFINITY);
        d.putStr("nan", Double.NaN);
        libm(d);
        floats(d);
        integers(d);
    }

    /** The C library functions of one argument; true where the result can overflow. */
    private static void libm(WeftDict d) {
        unary(d, "acos", InverseTrig::acos, false);
        unary(d, "acosh", Libm::acosh, false);
        unary(d, "asin", InverseTrig::asin, false);
        unary(d, "asinh", Libm::asinh, false);
        unary(d, "atan", InverseTrig::atan, false);
        unary(d, "atanh", Libm::atanh, false);
        unary(d, "cbrt", Math::cbrt, false);
        unary(d, "cos", Trig::cos, false);
        unary(d, "cosh", Libm::cosh, true);
        unary(d, "exp", Math::exp, true);
        unary(d, "exp2", x -> Math.pow(2.0, x), true);
        unary(d, "expm1", StrictMath::expm1, true);
        unary(d, "fabs", Math::abs, false);
        unary(d, "log1p", x -> x == -1.0 ? Double.NEGATIVE_INFINITY : StrictMath.log1p(x), false);
        unary(d, "sin", Trig::sin, false);
        unary(d, "sinh", Libm::sinh, true);
        unary(d, "sqrt", Math::sqrt, false);
        unary(d, "tan", Trig::tan, false);
        unary(d, "tanh", StrictMath::tanh, false);
        fn(d, "erf", (t, a, k) -> Special.erf(Args.toDouble(t, Args.one("math.erf", a, k))));
        fn(d, "erfc", (t, a, k) -> Special.erfc(Args.toDouble(t, Args.one("math.erfc", a, k))));
        fn(d, "gamma", (t, a, k) ->
                Special.gamma(Args.toDouble(t, Args.one("math.gamma", a, k))));
        fn(d, "lgamma", (t, a, k) ->
                Special.lgamma(Args.toDouble(t, Args.one("math.lgamma", a, k))));
        fn(d, "log", FloatFunctions::logWithBase);
        fn(d, "log2", (t, a, k) ->
                FloatFunctions.logOf(t, Args.one("math.log2", a, k), FloatFunctions::log2));
        fn(d, "log10", (t, a, k) ->
                FloatFunctions.logOf(t, Args.one("math.log10", a, k), FloatFunctions::log10));
    }

    private static void floats(WeftDict d) {
        fn(d, "atan2", (t, a, k) -> FloatFunctions.binary(t, "atan2", a, k,
                FloatFunctions::atan2));
        fn(d, "copysign", (t, a, k) -> FloatFunctions.binary(t, "copysign", a, k,
                Math::copySign));
        fn(d, "remainder", (t, a, k) -> FloatFunctions.binary(t, "remainder", a, k,
                FloatFunctions::remainder));
        fn(d, "nextafter", (t, a, k) -> FloatFunctions.binary(t, "nextafter", a, k,
                Math::nextAfter));
        fn(d, "fmod", FloatFunctions::fmod);
        fn(d, "pow", FloatFunctions::pow);
        fn(d, "ldexp", FloatFunctions::ldexp);
        fn(d, "floor", (t, a, k) ->
                FloatFunctions.round(t, Args.one("math.floor", a, k), "__floor__", false));
        fn(d, "ceil", (t, a, k) ->
                FloatFunctions.round(t, Args.one("math.ceil", a, k), "__ceil__", true));
        fn(d, "trunc", (t, a, k) -> FloatFunctions.trunc(t, Args.one("math.trunc", a, k)));
        fn(d, "frexp", (t, a, k) ->
                FloatFunctions.frexp(Args.toDouble(t, Args.one("math.frexp", a, k))));
        fn(d, "modf", (t, a, k) ->
                FloatFunctions.modf(Args.toDouble(t, Args.one("math.modf", a, k))));
        fn(d, "ulp", (t, a, k) ->
                FloatFunctions.ulp(Args.toDouble(t, Args.one("math.ulp", a, k))));
        fn(d, "degrees", (t, a, k) ->
                Args.toDouble(t, Args.one("math.degrees", a, k)) * (180.0 / Math.PI));
        fn(d, "radians", (t, a, k) ->
                Args.toDouble(t, Args.one("math.radians", a, k)) * (Math.PI / 180.0));
        fn(d, "isfinite", (t, a, k) ->
                Double.isFinite(Args.toDouble(t, Args.one("math.isfinite", a, k))));
        fn(d, "isinf", (t, a, k) ->
                Double.isInfinite(Args.toDouble(t, Args.one("math.isinf", a, k))));
        fn(d, "isnan", (t, a, k) ->
                Double.isNaN(Args.toDouble(t, Args.one("math.isnan", a, k))));
        fn(d, "isclose", (t, a, k) -> {
            Object[] b = ISCLOSE.bind(a, k);
            return FloatFunctions.isclose(Args.toDouble(t, b[0]), Args.toDouble(t, b[1]),
                    b[2] == null ? 1e-9 : Args.toDouble(t, b[2]),
                    b[3] == null ? 0.0 : Args.toDouble(t, b[3]));
        });
        fn(d, "fsum", (t, a, k) -> Sums.fsum(t, Args.one("math.fsum", a, k)));
        fn(d, "hypot", (t, a, k) -> {
            IntFunctions.noKeywords("math.hypot", k);
            return Sums.hypot(t, a);
        });
        fn(d, "dist", (t, a, k) -> {
            Args.positional("dist", a, k, 2, 2);
            return Sums.dist(t, a[0], a[1]);
        });
    }

    private static void integers(WeftDict d) {
        fn(d, "factorial", (t, a, k) ->
                IntFunctions.factorial(t, Args.one("math.factorial", a, k)));
        fn(d, "isqrt", (t, a, k) -> IntFunctions.isqrt(t, Args.one("math.isqrt", a, k)));
        fn(d, "gcd", IntFunctions::gcd);
        fn(d, "lcm", IntFunctions::lcm);
        fn(d, "comb", IntFunctions::comb);
        fn(d, "perm", IntFunctions::perm);
        fn(d, "prod", (t, a, k) -> {
            Object[] b = PROD.bind(a, k);
            return IntFunctions.prod(t, b[0], b[1]);
        });
    }

    private static void unary(WeftDict d, String name, FloatFunctions.Unary f,
            boolean canOverflow) {
        String qualname = "math." + name;
        fn(d, name, (t, a, k) -> FloatFunctions.unary(t, Args.one(qualname, a, k), f,
                canOverflow));
    }

    private static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }
}
