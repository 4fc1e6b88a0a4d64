// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * bytes' and bytearray's text-like methods: ASCII-only case mapping and character classes,
 * padding, decoding, hex conversion and translation.
 */
final class BytesText {
    private BytesText() {}

    private static final Sig DECODE = Sig.of("decode(encoding=, errors=)");
    private static final Sig HEX = Sig.of("hex(sep=, bytes_per_sep=)");
    private static final Sig EXPANDTABS = Sig.of("expandtabs(tabsize=)");
    private static final Sig TRANSLATE = Sig.of("translate(table, /, delete=)");

    static void install(WeftType t) {
        String n = t.name() + ".";
        mapping(t, "upper", s -> mapChars(s, c -> isLower(c) ? c - 32 : c));
        mapping(t, "lower", s -> mapChars(s, c -> isUpper(c) ? c + 32 : c));
        mapping(t, "swapcase", s -> mapChars(s, c -> isLower(c) ? c - 32
                : isUpper(c) ? c + 32 : c));
        mapping(t, "capitalize", s -> s.isEmpty() ? s : mapChars(s.substring(0, 1),
                c -> isLower(c) ? c - 32 : c) + mapChars(s.substring(1),
                c -> isUpper(c) ? c + 32 : c));
        mapping(t, "title", BytesText::title);
        predicate(t, "isalpha", s -> all(s, c -> isUpper(c) || isLower(c)));
        predicate(t, "isalnum", s -> all(s, c -> isUpper(c) || isLower(c) || isDigit(c)));
        predicate(t, "isdigit", s -> all(s, BytesText::isDigit));
        predicate(t, "isspace", s -> all(s, Splitting.BYTES_SPACE));
        predicate(t, "isascii", s -> s.chars().allMatch(c -> c < 0x80));
        predicate(t, "islower", s -> s.chars().anyMatch(BytesText::isLower)
                && s.chars().noneMatch(BytesText::isUpper));
        predicate(t, "isupper", s -> s.chars().anyMatch(BytesText::isUpper)
                && s.chars().noneMatch(BytesText::isLower));
        predicate(t, "istitle", s -> StrCase.isTitle(s.replaceAll("[^\\x00-\\x7f]", " ")));
        for (char how : new char[] {'c', 'l', 'r'}) {
            String name = how == 'c' ? "center" : how == 'l' ? "ljust" : "rjust";
            TypeSetup.method(t, name, (f, a, k) -> {
                Args.range(n + name, a, k, 1, 2);
                long width = Args.index(f, a[1]);
                String fill = a.length > 2 ? fill(name, a[2]) : " ";
                return BytesMethods.like(a, StrLayout.pad(BytesMethods.text(a), width, fill, how));
            });
        }
        TypeSetup.method(t, "zfill", (f, a, k) -> {
            Args.one(n + "zfill", a, k);
            return BytesMethods.like(a, StrLayout.zfill(BytesMethods.text(a),
                    Args.index(f, a[1])));
        });
        TypeSetup.method(t, "expandtabs", (f, a, k) -> {
            Object[] b = EXPANDTABS.bind(Args.rest(a), k);
            return BytesMethods.like(a, StrLayout.expandtabs(BytesMethods.text(a),
                    b[0] == null ? 8 : Args.index(f, b[0])));
        });
        TypeSetup.method(t, "decode", (f, a, k) -> {
            Object[] b = DECODE.bind(Args.rest(a), k);
            String enc = b[0] == null ? "utf-8" : Args.str("decode() argument 'encoding'", b[0]);
            String err = b[1] == null ? "strict" : Args.str("decode() argument 'errors'", b[1]);
            return Codecs.decode(BytesMethods.self(a).data(), enc, err);
        });
        TypeSetup.method(t, "hex", BytesText::hex);
        TypeSetup.classMethod(t, "fromhex", (f, a, k) -> {
            Args.one("fromhex", a, k);
            byte[] data = fromHex(Args.str("fromhex() argument", a[1]));
            return new WeftBytes(data, a[0] == Types.BYTEARRAY);
        });
        TypeSetup.method(t, "translate", BytesText::translate);
        TypeSetup.staticMethod(t, "maketrans", (f, a, k) -> {
            Sig.exactly("maketrans", a, k, 2);
            String from = BytesMethods.arg(a[0]);
            String to = BytesMethods.arg(a[1]);
            if (from.length() != to.length()) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length(); i++) {
                table[from.charAt(i)] = (byte) to.charAt(i);
            }
            return new WeftBytes(table);
        });
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean all(String s, IntPredicate p) {
        return !s.isEmpty() && s.chars().allMatch(p);
    }

    private static String mapChars(String s, java.util.function.IntUnaryOperator op) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append((char) op.applyAsInt(c)));
        return sb.toString();
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean cased = isUpper(c) || isLower(c);
            sb.append(prevCased ? (isUpper(c) ? (char) (c + 32) : c)
                    : (isLower(c) ? (char) (c - 32) : c));
            prevCased = cased;
        }
        return sb.toString();
    }

    private static void mapping(WeftType t, String name, UnaryOperator<String> fn) {
        String qual = t.name() + "." + name;
        TypeSetup.method(t, name, (f, a, k) -> {
            Args.none(qual, a, k);
            return BytesMethods.like(a, fn.apply(BytesMethods.text(a)));
        });
    }

    private static void predicate(WeftType t, String name, java.util.function.Predicate<String> p) {
        String qual = t.name() + "." + name;
        TypeSetup.method(t, name, (f, a, k) -> {
            Args.none(qual, a, k);
            return p.test(BytesMethods.text(a));
        });
    }

    private static String fill(String name, Object o) {
        if (!(o instanceof WeftBytes b) || b.length() != 1) {
            throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not "
                    + Types.name(o));
        }
        return BytesMethods.text(b);
    }

    /** hex(sep=None, bytes_per_sep=1): groups counted from the right unless negative. */
    private static Object hex(Fiber f, Object[] a, String[] k) {
        Object[] b = HEX.bind(Args.rest(a), k);
        byte[] data = BytesMethods.self(a).data();
        String sep = null;
        if (b[0] != null && b[0] != WeftNone.NONE) {
            sep = b[0] instanceof WeftBytes wb ? BytesMethods.text(wb)
                    : Args.str("hex() argument 'sep'", b[0]);
            if (sep.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
        }
        long per = b[1] == null ? 1 : Args.index(f, b[1]);
        StringBuilder sb = new StringBuilder();
        long group = Math.abs(per);
        for (int i = 0; i < data.length; i++) {
            long pos = per > 0 ? data.length - i : i;
            if (sep != null && i > 0 && group > 0 && pos % group == 0) {
                sb.append(sep);
            }
            sb.append(String.format("%02x", data[i] & 0xff));
        }
        return sb.toString();
    }

    /** bytes.fromhex: pairs of hex digits, with ASCII whitespace allowed between pairs. */
    static byte[] fromHex(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || c > 0x7f) {
                throw badHex(i);
            }
            if (lo < 0 || s.charAt(i + 1) > 0x7f) {
                throw badHex(i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static RuntimeException badHex(int pos) {
        return Errors.valueError("non-hexadecimal number found in fromhex() arg at position "
                + pos);
    }

    /** translate(table, /, delete=b''): table is None or 256 bytes. */
    private static Object translate(Fiber f, Object[] a, String[] k) {
        Object[] b = TRANSLATE.bind(Args.rest(a), k);
        String table = b[0] == WeftNone.NONE ? null : BytesMethods.arg(b[0]);
        if (table != null && table.length() != 256) {
            throw Errors.valueError("translation table must be 256 characters long");
        }
        String delete = b[1] == null ? "" : BytesMethods.arg(b[1]);
        StringBuilder sb = new StringBuilder();
        for (char c : BytesMethods.text(a).toCharArray()) {
            if (delete.indexOf(c) < 0) {
                sb.append(table == null ? c : table.charAt(c));
            }
        }
        return BytesMethods.like(a, sb.toString());
    }
}
