// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.FloatOps;
import dev.weft.runtime.Formatting;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Numbers;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.ValueInstance;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftComplex;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.text.FloatParse;
import dev.weft.runtime.text.IntParse;
import dev.weft.runtime.text.TextError;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What calling int, bool, float and complex does: conversions and parsing. */
final class NumberFactories {
    private NumberFactories() {}

    private static final Sig INT = Sig.of("int(x=, /, base=)");
    private static final Sig COMPLEX = Sig.of("complex(real=, imag=)");

    static void install() {
        Types.INT.setFactory((t, type, a, k) -> ValueInstance.of(type, makeInt(t, a, k)));
        Types.BOOL.setFactory((t, type, a, k) -> {
            Sig.noKeywords("bool", k);
            Sig.between("bool", a, k, 0, 1);
            return a.length == 1 && Truth.isTrue(t, a[0]);
        });
        Types.FLOAT.setFactory((t, type, a, k) -> ValueInstance.of(type, makeFloat(t, a, k)));
        Types.COMPLEX.setFactory((t, type, a, k) -> ValueInstance.of(type, complex(t, a, k)));
    }

    private static Object makeInt(Fiber t, Object[] a, String[] k) {
        Object[] b = INT.bind(a, k);
        Object x = b[0];
        if (b[1] != null) {
            x = ValueInstance.unwrap(x);
            if (x == null) {
                throw Errors.typeError("int() missing string argument");
            }
            if (!(x instanceof String) && !(x instanceof WeftBytes)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            long base = Protocols.index(t, b[1]);
            return parseInt(text(x), (int) Math.max(-1, Math.min(base, 99)));
        }
        if (x == null) {
            return 0L;
        }
        return toInt(t, x);
    }

    /** int(x) for one argument. */
    static Object toInt(Fiber t, Object x) {
        if (x instanceof Long) {
            return x;
        }
        if (x instanceof Boolean bool) {
            return bool ? 1L : 0L;
        }
        if (x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Double d) {
            return Numbers.floatToInt(d);
        }
        if (x instanceof String || x instanceof WeftBytes) {
            return parseInt(text(x), 10);
        }
        WeftType type = Types.of(x);
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            Object f = type.isBuiltin() ? null : type.lookup(m);
            if (f != null) {
                Object r = ValueInstance.unwrap(Calls.callDirect(t, f, x));
                if (!IntOps.isInt(r)) {
                    throw Errors.typeError(m + " returned non-int (type " + Types.name(r) + ")");
                }
                return r instanceof Boolean bool ? (Object) (bool ? 1L : 0L) : r;
            }
        }
        Object v = ValueInstance.unwrap(x);
        if (v != x && (v instanceof String || v instanceof WeftBytes)) {
            return parseInt(text(v), 10);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real"
                + " number, not '" + type.name() + "'");
    }

    private static String text(Object x) {
        return x instanceof String s ? s : new String(((WeftBytes) x).data(),
                StandardCharsets.ISO_8859_1);
    }

    private static Object parseInt(String s, int base) {
        try {
            return Numbers.fromNumber(IntParse.parse(s, base));
        } catch (TextError e) {
            throw Formatting.toError(e);
        }
    }

    private static Object makeFloat(Fiber t, Object[] a, String[] k) {
        Sig.between("float", a, k, 0, 1);
        if (a.length == 0) {
            return 0.0;
        }
        Object x = a[0];
        if (x instanceof Double) {
            return x;
        }
        if (x instanceof ValueInstance v && (v.value instanceof String
                || v.value instanceof WeftBytes) && Types.of(x).lookup("__float__") == null) {
            x = v.value;
        }
        if (IntOps.isInt(x)) {
            return IntOps.toDouble(x);
        }
        if (x instanceof String || x instanceof WeftBytes) {
            try {
                return FloatParse.parse(text(x));
            } catch (TextError e) {
                throw Formatting.toError(e);
            }
        }
        WeftType type = Types.of(x);
        Object f = type.isBuiltin() ? null : type.lookup("__float__");
        if (f != null) {
            Object r = ValueInstance.unwrap(Calls.callDirect(t, f, x));
            if (!(r instanceof Double)) {
                throw Errors.typeError(type.name() + ".__float__ returned non-float (type "
                        + Types.name(r) + ")");
            }
            return r;
        }
        f = type.isBuiltin() ? null : type.lookup("__index__");
        if (f != null) {
            return IntOps.toDouble(ValueInstance.unwrap(Calls.callDirect(t, f, x)));
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '"
                + type.name() + "'");
    }

    /** complex(real=0, imag=0): numbers, a string such as "1+2j", or __complex__/__float__. */
    private static Object complex(Fiber t, Object[] a, String[] k) {
        Object[] b = COMPLEX.bind(a, k);
        Object re = ValueInstance.str(b[0]) != null ? ValueInstance.str(b[0]) : b[0];
        Object im = ValueInstance.str(b[1]) != null ? ValueInstance.str(b[1]) : b[1];
        if (re instanceof String s) {
            if (im != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parseComplex(s);
        }
        if (im instanceof String) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        WeftComplex x = re == null ? new WeftComplex(0.0, 0.0) : toComplex(t, re, "first argument"
                + " must be a string or a number");
        if (im == null) {
            return x;
        }
        WeftComplex y = toComplex(t, im, "second argument must be a number");
        // As complex_new: only a complex part adds in, so complex(0, -0.0) keeps its -0.0.
        double real = im instanceof WeftComplex ? x.real - y.imag : x.real;
        double imag = re instanceof WeftComplex ? y.real + x.imag : y.real;
        return new WeftComplex(real, imag);
    }

    private static WeftComplex toComplex(Fiber t, Object o, String what) {
        if (o instanceof WeftComplex c) {
            return c;
        }
        if (o instanceof ValueInstance v && Types.of(o).lookup("__complex__")
                == Types.COMPLEX.lookup("__complex__")) {
            o = v.value;
            if (o instanceof WeftComplex c) {
                return c;
            }
        }
        if (FloatOps.isNumber(o)) {
            return new WeftComplex(FloatOps.toDouble(o), 0.0);
        }
        WeftType type = Types.of(o);
        Object f = type.isBuiltin() ? null : type.lookup("__complex__");
        if (f != null) {
            Object r = ValueInstance.unwrap(Calls.callDirect(t, f, o));
            if (!(r instanceof WeftComplex c)) {
                throw Errors.typeError("__complex__ returned non-complex (type " + Types.name(r)
                        + ")");
            }
            return c;
        }
        if (!type.isBuiltin() && (type.lookup("__float__") != null
                || type.lookup("__index__") != null)) {
            return new WeftComplex((Double) makeFloat(t, new Object[] {o}, null), 0.0);
        }
        throw Errors.typeError("complex() " + what + ", not '" + type.name() + "'");
    }

    private static final String NUM = "(?:(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?"
            + "|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)";
    private static final Pattern IMAG = Pattern.compile("([+-]?)(" + NUM + ")?[jJ]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOTH = Pattern.compile("([+-]?" + NUM + ")([+-])(" + NUM
            + ")?[jJ]", Pattern.CASE_INSENSITIVE);
    private static final Pattern REAL = Pattern.compile("[+-]?" + NUM,
            Pattern.CASE_INSENSITIVE);

    /** complex("1+2j"), "(3j)", "-inf", " 2 ": CPython's grammar, parentheses optional. */
    static WeftComplex parseComplex(String s) {
        String body = s.strip();
        if (body.startsWith("(") && body.endsWith(")") && body.length() >= 2) {
            body = body.substring(1, body.length() - 1).strip();
        }
        try {
            if (REAL.matcher(body).matches()) {
                return new WeftComplex(FloatParse.parse(body), 0.0);
            }
            Matcher m = IMAG.matcher(body);
            if (m.matches()) {
                double im = m.group(2) == null ? 1.0 : FloatParse.parse(m.group(2));
                return new WeftComplex(0.0, m.group(1).equals("-") ? -im : im);
            }
            m = BOTH.matcher(body);
            if (m.matches()) {
                double im = m.group(3) == null ? 1.0 : FloatParse.parse(m.group(3));
                return new WeftComplex(FloatParse.parse(m.group(1)),
                        m.group(2).equals("-") ? -im : im);
            }
        } catch (TextError e) {
            // falls through to CPython's one message for every malformed string
        }
        throw Errors.valueError("complex() arg is a malformed string");
    }
}
