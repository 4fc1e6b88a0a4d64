// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

/** Python's complex number: enough for literals, arithmetic and the results of float powers. */
public final class WeftComplex implements WeftObject {
    public final double real;
    public final double imag;

    public WeftComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public WeftType type() {
        return Types.COMPLEX;
    }

    public static WeftComplex of(Object o) {
        if (o instanceof WeftComplex c) {
            return c;
        }
        return new WeftComplex(FloatOps.toDouble(o), 0.0);
    }

    public WeftComplex add(WeftComplex o) {
        return new WeftComplex(real + o.real, imag + o.imag);
    }

    public WeftComplex sub(WeftComplex o) {
        return new WeftComplex(real - o.real, imag - o.imag);
    }

    public WeftComplex mul(WeftComplex o) {
        return new WeftComplex(real * o.real - imag * o.imag, real * o.imag + imag * o.real);
    }

    /** CPython's _Py_c_quot: Smith's algorithm, which avoids needless overflow. */
    public WeftComplex div(WeftComplex o) {
        double absReal = Math.abs(o.real);
        double absImag = Math.abs(o.imag);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                throw Errors.zeroDivision("complex division by zero");
            }
            double ratio = o.imag / o.real;
            double denom = o.real + o.imag * ratio;
            return new WeftComplex((real + imag * ratio) / denom, (imag - real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = o.real / o.imag;
            double denom = o.real * ratio + o.imag;
            return new WeftComplex((real * ratio + imag) / denom, (imag * ratio - real) / denom);
        }
        return new WeftComplex(Double.NaN, Double.NaN); // a NaN in the divisor
    }

    public double abs() {
        return Math.hypot(real, imag);
    }

    /**
     * {@code a ** b} as CPython's complex_pow: small integral exponents multiply out (more
     * exact); a domain error is ZeroDivisionError and an infinite result OverflowError.
     */
    public static WeftComplex pow(WeftComplex a, WeftComplex b) {
        WeftComplex r;
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            r = powInt(a, (int) b.real);
        } else {
            r = powGeneral(a, b);
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw Errors.overflow("complex exponentiation");
        }
        return r;
    }

    private static WeftError domainError() {
        return Errors.zeroDivision("0.0 to a negative or complex power");
    }

    private static WeftComplex powGeneral(WeftComplex a, WeftComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new WeftComplex(1.0, 0.0);
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw domainError();
            }
            return new WeftComplex(0.0, 0.0);
        }
        double vabs = a.abs();
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            throw domainError(); // C's cos(inf) is a domain error
        }
        return new WeftComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** CPython's c_powi: binary powering, and 1/x**n for negative n. */
    private static WeftComplex powInt(WeftComplex x, int n) {
        if (n < 0) {
            WeftComplex p = powInt(x, -n);
            if (p.real == 0.0 && p.imag == 0.0) {
                throw domainError();
            }
            return new WeftComplex(1.0, 0.0).div(p);
        }
        WeftComplex r = new WeftComplex(1.0, 0.0);
        WeftComplex p = x;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = r.mul(p);
            }
            p = p.mul(p);
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeftComplex c && c.real == real && c.imag == imag;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(real) * 31 + Double.hashCode(imag);
    }
}
