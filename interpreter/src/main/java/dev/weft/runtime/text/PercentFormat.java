// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigInteger;

/**
 * printf-style formatting, {@code format % args} for str, as CPython 3.11 does it: conversions
 * {@code d i u o x X e E f F g G c r s a} and {@code %%}, flags {@code # 0 - + space}, width and
 * precision (either may be {@code *}), and {@code %(key)} lookups in a mapping argument.
 *
 * <p>Objects other than the built-in Java shapes (Long, Integer, BigInteger, Boolean, Double,
 * String) are reached through a {@link Host} the interpreter provides.
 */
public final class PercentFormat {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** What the formatter needs from the language for arbitrary objects. */
    public interface Host {
        /** {@code str(o)}. */
        String str(Object o);

        /** {@code repr(o)}. */
        String repr(Object o);

        /** {@code ascii(o)}. */
        String ascii(Object o);

        /** Whether o is a tuple (an exact tuple or a subclass). */
        boolean isTuple(Object o);

        /** The items of a tuple. */
        Object[] tupleItems(Object o);

        /**
         * CPython's {@code PyMapping_Check}: o supports {@code o[key]} (a dict, but also a list
         * or any object with {@code __getitem__}). Tuples and strs are excluded by the caller.
         */
        boolean isMapping(Object o);

        /** {@code mapping[key]}; throws the language's own exception (KeyError ...) on failure. */
        Object getItem(Object mapping, Object key);

        /**
         * {@code int(o)} for an object that is a number ({@code __index__} or {@code __int__}),
         * as a Long or BigInteger; null when o is not a number or has no integer conversion.
         */
        Number toIntegerOrNull(Object o);

        /** {@code operator.index(o)} via {@code __index__}; null when o has none. */
        Number indexOrNull(Object o);

        /** {@code float(o)} via {@code __float__} or {@code __index__}; null when o has neither. */
        Double toFloatOrNull(Object o);

        /** The name of o's Python type, as error messages show it ("NoneType", "list" ...). */
        String typeName(Object o);
    }

    private PercentFormat() {
    }

    /**
     * {@code format % args}. A tuple supplies one argument per conversion; anything else is a
     * single argument, and if it is a mapping it also serves {@code %(key)} conversions.
     */
    public static String format(String format, Object args, Host host) {
        return new Run(format, args, host).run();
    }

    /** One conversion's parsed {@code %[(key)][flags][width][.precision][length]type}. */
    private static final class Conversion {
        int flags;
        long width = -1;
        long precision = -1;
        int type;

        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    /** The state of one formatting operation. */
    private static final class Run {
        private final int[] fmt;
        private final Host host;
        private final Object dict;
        private final StringBuilder out = new StringBuilder();
        private int pos;
        /** The current argument source: the tuple's items, or a single value. */
        private Object args;
        private Object[] items;
        /** Next index into items; for a single value -2 before use and -1 after. */
        private int argIndex;
        private int argCount;

        Run(String format, Object args, Host host) {
            this.fmt = format.codePoints().toArray();
            this.host = host;
            setArgs(args);
            boolean mapping = !(args instanceof String) && !isTuple(args)
                    && !isBuiltinScalar(args) && host.isMapping(args);
            this.dict = mapping ? args : null;
        }

        private boolean isTuple(Object o) {
            return !isBuiltinScalar(o) && !(o instanceof String) && host.isTuple(o);
        }

        private void setArgs(Object a) {
            args = a;
            if (isTuple(a)) {
                items = host.tupleItems(a);
                argCount = items.length;
                argIndex = 0;
            } else {
                items = null;
                argCount = -1;
                argIndex = -2;
            }
        }

        String run() {
            while (pos < fmt.length) {
                int c = fmt[pos++];
                if (c != '%') {
                    out.appendCodePoint(c);
                } else if (pos < fmt.length && fmt[pos] == '%') {
                    out.append('%');
                    pos++;
                } else {
                    convert(parse());
                }
            }
            if (argIndex < argCount && dict == null) {
                throw TextError.typeError(
                        "not all arguments converted during string formatting");
            }
            return out.toString();
        }

        private Object nextArg() {
            if (argIndex < argCount) {
                argIndex++;
                return items == null ? args : items[argIndex - 1];
            }
            throw TextError.typeError("not enough arguments for format string");
        }

        private Conversion parse() {
            Conversion c = new Conversion();
            if (at('(')) {
                lookUpKey();
            }
            while (pos < fmt.length && flag(fmt[pos]) != 0) {
                c.flags |= flag(fmt[pos++]);
            }
            if (at('*')) {
                pos++;
                c.width = starValue(nextArg(), false);
                if (c.width < 0) {
                    c.flags |= F_LJUST;
                    c.width = -c.width; // Long.MIN_VALUE stays negative, as in C
                }
            } else {
                c.width = readNumber(Long.MAX_VALUE, "width too big");
            }
            if (at('.')) {
                pos++;
                if (at('*')) {
                    pos++;
                    c.precision = Math.max(0, starValue(nextArg(), true));
                } else {
                    c.precision = Math.max(0,
                            readNumber(Integer.MAX_VALUE, "precision too big"));
                }
            }
            if (at('h') || at('l') || at('L')) {
                pos++; // C length modifiers mean nothing here
            }
            if (pos >= fmt.length) {
                throw TextError.valueError("incomplete format");
            }
            c.type = fmt[pos++];
            return c;
        }

        /** {@code %(key)}: the key runs to the matching parenthesis; its value is the arg. */
        private void lookUpKey() {
            if (dict == null) {
                throw TextError.typeError("format requires a mapping");
            }
            int start = ++pos;
            int depth = 1;
            while (pos < fmt.length && depth > 0) {
                if (fmt[pos] == ')') {
                    depth--;
                } else if (fmt[pos] == '(') {
                    depth++;
                }
                pos++;
            }
            if (depth > 0) {
                throw TextError.valueError("incomplete format key");
            }
            String key = new String(fmt, start, pos - 1 - start);
            Object value = host.getItem(dict, key);
            items = null;
            args = value;
            argCount = -1;
            argIndex = -2;
        }

        /** A '*' argument must be an int that fits C's ssize_t (width) or int (precision). */
        private long starValue(Object v, boolean precision) {
            BigInteger big;
            if (v instanceof Boolean) {
                big = (Boolean) v ? BigInteger.ONE : BigInteger.ZERO;
            } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
                big = IntValue.toBig((Number) v);
            } else {
                throw TextError.typeError("* wants int");
            }
            if (precision && big.bitLength() > 31) {
                throw TextError.overflowError("Python int too large to convert to C int");
            }
            if (big.bitLength() > 63) {
                throw TextError.overflowError("Python int too large to convert to C ssize_t");
            }
            return big.longValue();
        }

        /** Literal digits, or -1 when there are none. */
        private long readNumber(long max, String tooBig) {
            if (pos >= fmt.length || fmt[pos] < '0' || fmt[pos] > '9') {
                return -1;
            }
            long value = 0;
            while (pos < fmt.length && fmt[pos] >= '0' && fmt[pos] <= '9') {
                int d = fmt[pos++] - '0';
                if (value > (max - d) / 10) {
                    throw TextError.valueError(tooBig);
                }
                value = value * 10 + d;
            }
            return value;
        }

        private boolean at(char c) {
            return pos < fmt.length && fmt[pos] == c;
        }

        private void convert(Conversion c) {
            // CPython takes the argument before it looks at the type, so a bad type with no
            // argument left reports the missing argument.
            Object v = nextArg();
            String text;
            boolean numeric = true;
            switch (c.type) {
                case 's':
                    text = v instanceof String ? (String) v : host.str(v);
                    numeric = false;
                    break;
                case 'r':
                    text = host.repr(v);
                    numeric = false;
                    break;
                case 'a':
                    text = host.ascii(v);
                    numeric = false;
                    break;
                case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
                    text = formatInteger(integerArg(v, c.type), c);
                    break;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                    text = FloatString.format(floatArg(v), (char) c.type,
                            c.precision < 0 ? 6 : (int) c.precision,
                            c.has(F_ALT) ? FloatString.ALT : 0);
                    break;
                case 'c':
                    text = new String(Character.toChars(charArg(v)));
                    numeric = false;
                    break;
                default:
                    throw unsupported(c.type);
            }
            pad(text, c, numeric);
        }

        private TextError unsupported(int type) {
            char shown = type >= 31 && type <= 126 ? (char) type : '?';
            return TextError.valueError("unsupported format character '" + shown + "' (0x"
                    + Integer.toHexString(type) + ") at index " + (pos - 1));
        }

        /** The int behind a d/i/u (int() rules) or o/x/X (index() rules) conversion. */
        private BigInteger integerArg(Object v, int type) {
            boolean indexOnly = type == 'o' || type == 'x' || type == 'X';
            Number n = null;
            if (v instanceof Boolean) {
                n = (Boolean) v ? 1L : 0L;
            } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
                n = (Number) v;
            } else if (v instanceof Double) {
                n = indexOnly ? null : FloatRepr.toInt((Double) v);
            } else if (!(v instanceof String)) {
                n = indexOnly ? host.indexOrNull(v) : host.toIntegerOrNull(v);
            }
            if (n == null) {
                throw TextError.typeError("%" + (char) type + " format: "
                        + (indexOnly ? "an integer" : "a real number") + " is required, not "
                        + host.typeName(v));
            }
            return IntValue.toBig(n);
        }

        private double floatArg(Object v) {
            if (v instanceof Double) {
                return (Double) v;
            }
            if (v instanceof Boolean) {
                return (Boolean) v ? 1.0 : 0.0;
            }
            if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
                return IntValue.toDouble((Number) v);
            }
            Double d = v instanceof String ? null : host.toFloatOrNull(v);
            if (d == null) {
                throw TextError.typeError("must be real number, not " + host.typeName(v));
            }
            return d;
        }

        /** %c takes a one-character str or an int code point. */
        private int charArg(Object v) {
            Number n = null;
            if (v instanceof String) {
                String s = (String) v;
                if (!s.isEmpty() && s.codePointCount(0, s.length()) == 1) {
                    return s.codePointAt(0);
                }
            } else if (v instanceof Boolean) {
                n = (Boolean) v ? 1L : 0L;
            } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
                n = (Number) v;
            } else if (!(v instanceof Double)) {
                n = host.indexOrNull(v);
            }
            if (n == null) {
                throw TextError.typeError("%c requires int or char");
            }
            BigInteger b = IntValue.toBig(n);
            if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw TextError.overflowError("%c arg not in range(0x110000)");
            }
            return b.intValue();
        }

        /** Digits with sign and, for '#', the 0o/0x prefix; zero-extended to the precision. */
        private String formatInteger(BigInteger v, Conversion c) {
            int type = c.type;
            String digits;
            String prefix = "";
            if (type == 'o') {
                digits = v.abs().toString(8);
                prefix = c.has(F_ALT) ? "0o" : "";
            } else if (type == 'x' || type == 'X') {
                digits = v.abs().toString(16);
                prefix = c.has(F_ALT) ? "0x" : "";
            } else {
                digits = IntDigitLimit.decimal(v.abs());
            }
            if (c.precision > digits.length()) {
                digits = "0".repeat((int) c.precision - digits.length()) + digits;
            }
            String text = (v.signum() < 0 ? "-" : "") + prefix + digits;
            return type == 'X' ? text.toUpperCase() : text;
        }

        /**
         * Pads to the width: zeros (numbers with the 0 flag) go between the sign and prefix
         * and the digits, spaces go before them all, and '-' pads on the right with spaces.
         */
        private void pad(String text, Conversion c, boolean numeric) {
            if (c.width > Integer.MAX_VALUE - 64) {
                throw new TextError("MemoryError", "");
            }
            int[] cps = text.codePoints().toArray();
            int len = cps.length;
            if ((c.width < 0 || c.width <= len) && (c.precision < 0 || c.precision >= len)
                    && !c.has(F_SIGN | F_BLANK)) {
                out.append(text);
                return;
            }
            if (!numeric && c.precision >= 0 && len > c.precision
                    && c.type != 'c') {
                len = (int) c.precision; // s, r and a truncate to the precision
            }
            int fill = numeric && c.has(F_ZERO) ? '0' : ' ';
            int p = 0;
            int sign = 0;
            if (numeric) {
                if (len > 0 && (cps[0] == '-' || cps[0] == '+')) {
                    sign = cps[0];
                    p = 1;
                    len--;
                } else if (c.has(F_SIGN)) {
                    sign = '+';
                } else if (c.has(F_BLANK)) {
                    sign = ' ';
                }
            }
            long width = Math.max(c.width, len);
            if (sign != 0) {
                if (fill != ' ') {
                    out.appendCodePoint(sign);
                }
                if (width > len) {
                    width--;
                }
            }
            boolean prefix = c.has(F_ALT) && (c.type == 'x' || c.type == 'X' || c.type == 'o');
            if (prefix) {
                if (fill != ' ') {
                    out.appendCodePoint(cps[p]).appendCodePoint(cps[p + 1]);
                    p += 2;
                }
                width = Math.max(0, width - 2);
                len -= 2;
            }
            if (width > len && !c.has(F_LJUST)) {
                NumberLayout.pad(out, fill, (int) (width - len));
                width = len;
            }
            if (fill == ' ') {
                if (sign != 0) {
                    out.appendCodePoint(sign);
                }
                if (prefix) {
                    out.appendCodePoint(cps[p]).appendCodePoint(cps[p + 1]);
                    p += 2;
                }
            }
            for (int i = 0; i < len; i++) {
                out.appendCodePoint(cps[p + i]);
            }
            if (width > len) {
                NumberLayout.pad(out, ' ', (int) (width - len));
            }
        }
    }

    private static int flag(int c) {
        switch (c) {
            case '-':
                return F_LJUST;
            case '+':
                return F_SIGN;
            case ' ':
                return F_BLANK;
            case '#':
                return F_ALT;
            case '0':
                return F_ZERO;
            default:
                return 0;
        }
    }

    private static boolean isBuiltinScalar(Object o) {
        return o instanceof Number || o instanceof Boolean;
    }
}
