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

    public WeftComplex div(WeftComplex o) {
        double d = o.real * o.real + o.imag * o.imag;
        if (d == 0.0) {
            throw Errors.zeroDivision("complex division by zero");
        }
        return new WeftComplex((real * o.real + imag * o.imag) / d,
                (imag * o.real - real * o.imag) / d);
    }

    public double abs() {
        return Math.hypot(real, imag);
    }

    public static WeftComplex pow(WeftComplex a, WeftComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new WeftComplex(1.0, 0.0);
        }
        if (b.imag == 0.0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            return powInt(a, (int) b.real); // CPython multiplies out small integer powers
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
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
        return new WeftComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** CPython's c_powi: binary powering, and 1/x**n for negative n. */
    private static WeftComplex powInt(WeftComplex x, int n) {
        if (n < 0) {
            return new WeftComplex(1.0, 0.0).div(powInt(x, -n));
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
