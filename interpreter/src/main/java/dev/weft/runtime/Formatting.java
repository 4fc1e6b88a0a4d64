// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import dev.weft.runtime.text.Formatter;
import dev.weft.runtime.text.PercentFormat;
import dev.weft.runtime.text.TextError;
import java.math.BigInteger;

/** {@code format(value, spec)}, f-strings and {@code str % args}, bridged to the text package. */
public final class Formatting {
    private Formatting() {}

    /** {@code format(value, spec)}: builtin values directly, others via {@code __format__}. */
    public static String format(Fiber t, Object value, String spec) {
        if (value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof BigInteger) {
            try {
                return Formatter.format(value, spec);
            } catch (TextError e) {
                throw toError(e);
            }
        }
        WeftType type = Types.of(value);
        Object f = type.lookup("__format__");
        if (f != null && f != ObjectMethods.FORMAT) {
            Object r = ValueInstance.unwrap(Calls.callDirect(t, f, value, spec));
            if (!(r instanceof String s)) {
                throw Errors.typeError("__format__ must return a str, not " + Types.name(r));
            }
            return s;
        }
        if (!spec.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + type.name()
                    + ".__format__");
        }
        return Reprs.str(t, value);
    }

    /** {@code fmt % args} for str. */
    public static String percent(Fiber t, String fmt, Object args) {
        try {
            return PercentFormat.format(fmt, args, new Host(t));
        } catch (TextError e) {
            throw toError(e);
        }
    }

    /** A text-package error as the Python exception it names. */
    public static WeftError toError(TextError e) {
        WeftType type = ErrorTypes.ALL.getOrDefault(e.pyType, ErrorTypes.VALUE_ERROR);
        return Errors.of(type, e.getMessage());
    }

    /** {@code ascii(o)}. */
    public static String ascii(Fiber t, Object o) {
        return escapeNonAscii(Reprs.repr(t, o));
    }

    private static String escapeNonAscii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** The language seen from the percent formatter. */
    static final class Host implements PercentFormat.Host {
        private final Fiber t;

        Host(Fiber t) {
            this.t = t;
        }

        @Override
        public String str(Object o) {
            return Reprs.str(t, o);
        }

        @Override
        public String repr(Object o) {
            return Reprs.repr(t, o);
        }

        @Override
        public String ascii(Object o) {
            return Formatting.ascii(t, o);
        }

        @Override
        public boolean isTuple(Object o) {
            return o instanceof WeftTuple;
        }

        @Override
        public Object[] tupleItems(Object o) {
            return ((WeftTuple) o).items();
        }

        @Override
        public boolean isMapping(Object o) {
            if (o instanceof WeftDict || o instanceof WeftList) {
                return true;
            }
            if (ValueInstance.str(o) != null) {
                return false; // a str subclass is one value, though it has __getitem__
            }
            WeftType type = Types.of(o);
            return !type.isBuiltin() && type.lookup("__getitem__") != null;
        }

        @Override
        public Object getItem(Object mapping, Object key) {
            return Protocols.getItem(t, mapping, key);
        }

        @Override
        public Number toIntegerOrNull(Object o) {
            if (o instanceof Double d) {
                return (Number) Numbers.floatToInt(d);
            }
            WeftType type = Types.of(o);
            if (type.isBuiltin()) {
                return null;
            }
            Object f = type.lookup("__int__");
            if (f == null) {
                f = type.lookup("__index__");
            }
            return f == null ? null : (Number) Calls.callDirect(t, f, o);
        }

        @Override
        public Number indexOrNull(Object o) {
            WeftType type = Types.of(o);
            Object f = type.isBuiltin() ? null : type.lookup("__index__");
            return f == null ? null : (Number) Calls.callDirect(t, f, o);
        }

        @Override
        public Double toFloatOrNull(Object o) {
            WeftType type = Types.of(o);
            if (type.isBuiltin()) {
                return null;
            }
            Object f = type.lookup("__float__");
            if (f != null) {
                return (Double) Calls.callDirect(t, f, o);
            }
            f = type.lookup("__index__");
            return f == null ? null : IntOps.toDouble(Calls.callDirect(t, f, o));
        }

        @Override
        public String typeName(Object o) {
            return Types.name(o);
        }
    }
}
