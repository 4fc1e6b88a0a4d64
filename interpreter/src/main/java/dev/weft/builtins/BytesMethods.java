// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ByteArrays;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.ValueInstance;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The methods bytes and bytearray share: searching, splitting, stripping, joining. They reuse
 * str's algorithms on latin-1 text (one char per byte), with bytes' own rules for arguments,
 * whitespace and line breaks; results have self's type (bytearray methods give bytearrays).
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final Sig SPLIT = Sig.of("split(sep=, maxsplit=)");
    private static final Sig RSPLIT = Sig.of("rsplit(sep=, maxsplit=)");
    private static final Sig SPLITLINES = Sig.of("splitlines(keepends=)");

    static void install() {
        for (WeftType t : new WeftType[] {Types.BYTES, Types.BYTEARRAY}) {
            searching(t);
            splitting(t);
            BytesText.install(t);
            BytesDunders.install(t);
        }
        ByteArrayMethods.install(Types.BYTEARRAY);
    }

    // ---- conversions ------------------------------------------------------------------------

    static WeftBytes self(Object[] a) {
        return (WeftBytes) a[0];
    }

    /** The bytes as latin-1 text: one char per byte, so str's algorithms apply unchanged. */
    static String text(WeftBytes b) {
        return new String(b.data(), StandardCharsets.ISO_8859_1);
    }

    static String text(Object[] a) {
        return text(self(a));
    }

    /** A result of self's type from latin-1 text. */
    static WeftBytes like(Object[] a, String s) {
        return new WeftBytes(s.getBytes(StandardCharsets.ISO_8859_1), self(a).isMutable());
    }

    /** A bytes-like argument as text: {@code a bytes-like object is required, not 'str'}. */
    static String arg(Object o) {
        if (o instanceof WeftBytes b) {
            return text(b);
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Types.name(o) + "'");
    }

    /** find/count/index's needle: bytes-like, or an int naming one byte. */
    private static String needle(Fiber f, Object o) {
        if (o instanceof WeftBytes b) {
            return text(b);
        }
        if (!Protocols.isIndex(o)) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '"
                    + Types.name(o) + "'");
        }
        return String.valueOf((char) (ByteArrays.byteValue(f, o) & 0xff));
    }

    private static WeftList list(Object[] a, List<String> parts) {
        WeftList out = new WeftList(parts.size());
        for (String p : parts) {
            out.add(like(a, p));
        }
        return out;
    }

    // ---- searching --------------------------------------------------------------------------

    private static void searching(WeftType t) {
        String n = t.name() + ".";
        TypeSetup.method(t, "find", (f, a, k) -> find(f, a, k, n + "find", false));
        TypeSetup.method(t, "rfind", (f, a, k) -> find(f, a, k, n + "rfind", true));
        TypeSetup.method(t, "index", (f, a, k) -> found(find(f, a, k, n + "index", false)));
        TypeSetup.method(t, "rindex", (f, a, k) -> found(find(f, a, k, n + "rindex", true)));
        TypeSetup.method(t, "count", (f, a, k) -> {
            Args.tuple(n + "count", a, k, 1, 3);
            return StrSearch.count(text(a), needle(f, a[1]), Args.sliceIndex(f, Args.opt(a, 2)),
                    Args.sliceIndex(f, Args.opt(a, 3)));
        });
        TypeSetup.method(t, "startswith", (f, a, k) -> affix(f, a, k, n, true));
        TypeSetup.method(t, "endswith", (f, a, k) -> affix(f, a, k, n, false));
        TypeSetup.method(t, "replace", (f, a, k) -> {
            Args.range(n + "replace", a, k, 2, 3);
            long count = a.length > 3 ? Args.index(f, a[3]) : -1;
            return like(a, StrSearch.replace(text(a), arg(a[1]), arg(a[2]), count));
        });
        for (boolean last : new boolean[] {false, true}) {
            String name = last ? "rpartition" : "partition";
            TypeSetup.method(t, name, (f, a, k) -> {
                Args.one(n + name, a, k);
                String sep = arg(a[1]);
                if (sep.isEmpty()) {
                    throw Errors.valueError("empty separator");
                }
                String[] parts = StrSearch.partition(text(a), sep, last);
                return WeftTuple.of(like(a, parts[0]), like(a, parts[1]), like(a, parts[2]));
            });
        }
        TypeSetup.method(t, "removeprefix", (f, a, k) -> {
            Args.one(n + "removeprefix", a, k);
            String s = text(a);
            String p = arg(a[1]);
            return like(a, s.startsWith(p) ? s.substring(p.length()) : s);
        });
        TypeSetup.method(t, "removesuffix", (f, a, k) -> {
            Args.one(n + "removesuffix", a, k);
            String s = text(a);
            String p = arg(a[1]);
            return like(a, !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length()
                    - p.length()) : s);
        });
    }

    private static long find(Fiber f, Object[] a, String[] k, String qual, boolean last) {
        Args.tuple(qual, a, k, 1, 3);
        return StrSearch.find(text(a), needle(f, a[1]), Args.sliceIndex(f, Args.opt(a, 2)),
                Args.sliceIndex(f, Args.opt(a, 3)), last);
    }

    private static Object found(long i) {
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    private static Object affix(Fiber f, Object[] a, String[] k, String n, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        Args.tuple(n + name, a, k, 1, 3);
        Long start = Args.sliceIndex(f, Args.opt(a, 2));
        Long end = Args.sliceIndex(f, Args.opt(a, 3));
        if (a[1] instanceof WeftTuple tu) {
            for (Object x : tu.items()) {
                if (StrSearch.tailMatch(text(a), arg(x), start, end, prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(a[1] instanceof WeftBytes p)) {
            throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not "
                    + Types.name(a[1]));
        }
        return StrSearch.tailMatch(text(a), text(p), start, end, prefix);
    }

    // ---- splitting, stripping, joining ------------------------------------------------------

    private static void splitting(WeftType t) {
        String n = t.name() + ".";
        TypeSetup.method(t, "split", (f, a, k) -> split(f, a, k, false));
        TypeSetup.method(t, "rsplit", (f, a, k) -> split(f, a, k, true));
        TypeSetup.method(t, "splitlines", (f, a, k) -> {
            Object[] b = SPLITLINES.bind(Args.rest(a), k);
            boolean keep = b[0] != null && Truth.isTrue(f, b[0]);
            return list(a, Splitting.splitlines(text(a), keep, true));
        });
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            boolean left = !name.equals("rstrip");
            boolean right = !name.equals("lstrip");
            TypeSetup.method(t, name, (f, a, k) -> {
                Args.range(n + name, a, k, 0, 1);
                Object chars = a.length > 1 ? a[1] : WeftNone.NONE;
                String set = chars == WeftNone.NONE ? null : arg(chars);
                return like(a, StrLayout.strip(text(a), set, Splitting.BYTES_SPACE, left, right));
            });
        }
        TypeSetup.method(t, "join", BytesMethods::join);
    }

    private static Object split(Fiber f, Object[] a, String[] k, boolean fromRight) {
        Object[] b = (fromRight ? RSPLIT : SPLIT).bind(Args.rest(a), k);
        String s = text(a);
        long max = b[1] == null ? -1 : Args.index(f, b[1]);
        if (b[0] == null || b[0] == WeftNone.NONE) {
            return list(a, fromRight ? Splitting.rsplitWhitespace(s, max, Splitting.BYTES_SPACE)
                    : Splitting.splitWhitespace(s, max, Splitting.BYTES_SPACE));
        }
        String sep = arg(b[0]);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return list(a, fromRight ? Splitting.rsplit(s, sep, max) : Splitting.split(s, sep, max));
    }

    private static Object join(Fiber f, Object[] a, String[] k) {
        Args.one(self(a).type().name() + ".join", a, k);
        if (IntOps.isInt(a[1]) || a[1] instanceof Double || a[1] == WeftNone.NONE) {
            throw Errors.typeError("can only join an iterable");
        }
        Object[] items = Iter.toArray(f, a[1]);
        String sep = text(a);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(ValueInstance.unwrap(items[i]) instanceof WeftBytes b)) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + Types.name(items[i]) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(text(b));
        }
        return like(a, sb.toString());
    }
}
