// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import dev.weft.runtime.text.PercentFormat;
import dev.weft.runtime.text.TextError;
import java.nio.charset.StandardCharsets;

/**
 * {@code bytes % args}: str's printf formatting run over the latin-1 text of the bytes, where
 * %s and %b take bytes-like objects, %r and %a give ascii(), and %c takes a byte value. A str
 * argument travels wrapped so that %s rejects it as CPython does instead of copying it in.
 */
public final class BytesPercent {
    private BytesPercent() {}

    /** A str argument, which bytes formatting must not accept as text. */
    private record Str(String s) {}

    public static WeftBytes format(Fiber t, WeftBytes fmt, Object args) {
        String text = new String(fmt.data(), StandardCharsets.ISO_8859_1);
        String out;
        try {
            out = PercentFormat.format(bToS(text), wrap(args), new Host(t));
        } catch (TextError e) {
            if (e.getMessage().equals("%c requires int or char")) {
                throw Errors.typeError("%c requires an integer in range(256) or a single byte");
            }
            throw Formatting.toError(e);
        }
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) > 0xff) {
                throw Errors.overflow("%c arg not in range(256)"); // only %c makes such chars
            }
        }
        return new WeftBytes(out.getBytes(StandardCharsets.ISO_8859_1), fmt.isMutable());
    }

    private static Object wrap(Object o) {
        if (o instanceof String s) {
            return new Str(s);
        }
        if (o instanceof WeftTuple tu) {
            Object[] items = tu.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = items[i] instanceof String s ? new Str(s) : items[i];
            }
            return new WeftTuple(items);
        }
        return o;
    }

    /** %b is bytes formatting's name for %s; the scan skips (key) parts and flags. */
    private static String bToS(String fmt) {
        StringBuilder sb = new StringBuilder(fmt);
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) != '%') {
                continue;
            }
            int j = i + 1;
            if (j < sb.length() && sb.charAt(j) == '(') {
                int depth = 1;
                for (j++; j < sb.length() && depth > 0; j++) {
                    depth += sb.charAt(j) == '(' ? 1 : sb.charAt(j) == ')' ? -1 : 0;
                }
            }
            while (j < sb.length() && "#0- +*.0123456789hlL".indexOf(sb.charAt(j)) >= 0) {
                j++;
            }
            if (j < sb.length() && sb.charAt(j) == 'b') {
                sb.setCharAt(j, 's');
            }
            i = j;
        }
        return sb.toString();
    }

    /** The str host, with bytes rules for text conversions and the wrapped str arguments. */
    private static final class Host implements PercentFormat.Host {
        private final Formatting.Host base;

        Host(Fiber t) {
            this.base = new Formatting.Host(t);
        }

        @Override
        public String str(Object o) {
            if (ValueInstance.unwrap(o) instanceof WeftBytes b) {
                return new String(b.data(), StandardCharsets.ISO_8859_1);
            }
            throw Errors.typeError("%b requires a bytes-like object, or an object that implements"
                    + " __bytes__, not '" + typeName(o) + "'");
        }

        @Override
        public String repr(Object o) {
            return ascii(o);
        }

        @Override
        public String ascii(Object o) {
            return base.ascii(o instanceof Str s ? s.s() : o);
        }

        @Override
        public boolean isTuple(Object o) {
            return !(o instanceof Str) && base.isTuple(o);
        }

        @Override
        public Object[] tupleItems(Object o) {
            return base.tupleItems(o);
        }

        @Override
        public boolean isMapping(Object o) {
            return !(o instanceof Str) && !(o instanceof WeftBytes) && base.isMapping(o);
        }

        @Override
        public Object getItem(Object mapping, Object key) {
            // %(name)s looks up the bytes b'name', not the str.
            Object k = key instanceof String s
                    ? new WeftBytes(s.getBytes(StandardCharsets.ISO_8859_1)) : key;
            return wrap(base.getItem(mapping, k));
        }

        @Override
        public Number toIntegerOrNull(Object o) {
            return o instanceof Str ? null : base.toIntegerOrNull(o);
        }

        @Override
        public Number indexOrNull(Object o) {
            if (o instanceof WeftBytes b && b.length() == 1) {
                return (long) b.at(0); // %c also takes a single byte
            }
            return o instanceof Str || o instanceof WeftBytes ? null : base.indexOrNull(o);
        }

        @Override
        public Double toFloatOrNull(Object o) {
            return o instanceof Str ? null : base.toFloatOrNull(o);
        }

        @Override
        public String typeName(Object o) {
            return o instanceof Str ? "str" : base.typeName(o);
        }
    }
}
