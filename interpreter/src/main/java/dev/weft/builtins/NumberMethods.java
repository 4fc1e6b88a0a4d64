// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Numbers;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftComplex;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.text.FloatRepr;
import java.math.BigInteger;

/** int's, float's and complex's methods and attributes. */
final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        TypeSetup.method(Types.INT, "bit_length", (f, a, k) ->
                (long) IntOps.big(a[0]).abs().bitLength());
        TypeSetup.method(Types.INT, "bit_count", (f, a, k) ->
                (long) IntOps.big(a[0]).abs().bitCount());
        TypeSetup.method(Types.INT, "conjugate", (f, a, k) -> a[0]);
        TypeSetup.method(Types.INT, "__index__", (f, a, k) -> a[0]);
        TypeSetup.method(Types.INT, "__int__", (f, a, k) -> a[0]);
        Types.INT.define("real", GetSet.readOnly("real", (f, o) -> o));
        Types.INT.define("imag", GetSet.readOnly("imag", (f, o) -> 0L));
        Types.INT.define("numerator", GetSet.readOnly("numerator", (f, o) -> o));
        Types.INT.define("denominator", GetSet.readOnly("denominator", (f, o) -> 1L));
        TypeSetup.method(Types.FLOAT, "is_integer", (f, a, k) -> {
            double d = (Double) a[0];
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        TypeSetup.method(Types.FLOAT, "as_integer_ratio", (f, a, k) -> {
            double d = (Double) a[0];
            if (Double.isNaN(d)) {
                throw Errors.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw Errors.overflow("cannot convert Infinity to integer ratio");
            }
            BigInteger[] r = FloatRepr.asIntegerRatio(d);
            return WeftTuple.of(IntOps.norm(r[0]), IntOps.norm(r[1]));
        });
        TypeSetup.method(Types.FLOAT, "__int__", (f, a, k) -> Numbers.floatToInt((Double) a[0]));
        TypeSetup.method(Types.FLOAT, "conjugate", (f, a, k) -> a[0]);
        Types.FLOAT.define("real", GetSet.readOnly("real", (f, o) -> o));
        Types.FLOAT.define("imag", GetSet.readOnly("imag", (f, o) -> 0.0));
        Types.COMPLEX.define("real", GetSet.readOnly("real", (f, o) -> ((WeftComplex) o).real));
        Types.COMPLEX.define("imag", GetSet.readOnly("imag", (f, o) -> ((WeftComplex) o).imag));
        TypeSetup.method(Types.COMPLEX, "conjugate", (f, a, k) ->
                new WeftComplex(((WeftComplex) a[0]).real, -((WeftComplex) a[0]).imag));
    }
}
