// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.Errors;
import dev.weft.runtime.text.FloatRepr;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code float.hex()} and {@code float.fromhex()} in CPython's notation. */
final class FloatHex {
    private FloatHex() {}

    /** {@code 1.5.hex() == '0x1.8000000000000p+0'}: always 13 fraction digits. */
    static String toHex(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return FloatRepr.repr(d);
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0.0) {
            return sign + "0x0.0p+0";
        }
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        int lead = exp == 0 ? 0 : 1;
        int e = exp == 0 ? -1022 : exp - 1023;
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (e >= 0 ? "+" : "")
                + e;
    }

    private static final Pattern HEX = Pattern.compile(
            "[ \\t\\n\\r\\x0b\\x0c]*([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?"
                    + "(?:[pP]([+-]?[0-9]+))?[ \\t\\n\\r\\x0b\\x0c]*");
    private static final Pattern SPECIAL = Pattern.compile(
            "[ \\t\\n\\r\\x0b\\x0c]*([+-]?)(inf|infinity|nan)[ \\t\\n\\r\\x0b\\x0c]*",
            Pattern.CASE_INSENSITIVE);

    /** Parses hexadecimal float notation; the value is rounded half-even, as CPython does. */
    static double fromHex(String s) {
        Matcher sp = SPECIAL.matcher(s);
        if (sp.matches()) {
            double v = sp.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return sp.group(1).equals("-") ? -v : v;
        }
        Matcher m = HEX.matcher(s);
        String intPart = m.matches() ? m.group(2) : "";
        String frac = m.matches() && m.group(3) != null ? m.group(3) : "";
        if (!m.matches() || intPart.isEmpty() && frac.isEmpty()) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        BigInteger mant = new BigInteger("0" + intPart + frac, 16);
        long exp = m.group(4) == null ? 0 : clampExponent(m.group(4));
        exp -= 4L * frac.length();
        double v = scale(mant, exp);
        return m.group(1).equals("-") ? -v : v;
    }

    private static long clampExponent(String digits) {
        BigInteger e = new BigInteger(digits);
        return e.max(BigInteger.valueOf(-100000)).min(BigInteger.valueOf(100000)).longValue();
    }

    /** mant * 2**exp rounded to the nearest double, ties to even. */
    private static double scale(BigInteger mant, long exp) {
        if (mant.signum() == 0) {
            return 0.0;
        }
        int len = mant.bitLength();
        long top = len + exp; // the value lies in [2**(top-1), 2**top)
        if (top > 1024) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        // Keep 53 significant bits, or fewer for subnormals (whose last bit is 2**-1074).
        long lsb = Math.max(top - 53, -1074);
        long shift = lsb - exp;
        BigInteger q = mant;
        if (shift > 0) {
            q = mant.shiftRight((int) shift);
            BigInteger rem = mant.subtract(q.shiftLeft((int) shift));
            BigInteger half = BigInteger.ONE.shiftLeft((int) shift - 1);
            int c = rem.compareTo(half);
            if (c > 0 || c == 0 && q.testBit(0)) {
                q = q.add(BigInteger.ONE);
            }
        } else {
            q = mant.shiftLeft((int) -shift);
        }
        if (q.bitLength() + lsb > 1024) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return Math.scalb(q.doubleValue(), (int) lsb);
    }
}
