// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Strings;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.text.UnicodeProps;

/** str's most used methods: joining, splitting, stripping, searching, case, formatting. */
final class StrMethods {
    private StrMethods() {}

    static void install() {
        WeftType t = Types.STR;
        TypeSetup.method(t, "join", StrMethods::join);
        TypeSetup.method(t, "split", (f, a, k) -> split(f, a, k, false));
        TypeSetup.method(t, "rsplit", (f, a, k) -> split(f, a, k, true));
        TypeSetup.method(t, "strip", (f, a, k) -> strip(a, true, true));
        TypeSetup.method(t, "lstrip", (f, a, k) -> strip(a, true, false));
        TypeSetup.method(t, "rstrip", (f, a, k) -> strip(a, false, true));
        TypeSetup.method(t, "upper", (f, a, k) -> self(a).toUpperCase(java.util.Locale.ROOT));
        TypeSetup.method(t, "lower", (f, a, k) -> self(a).toLowerCase(java.util.Locale.ROOT));
        TypeSetup.method(t, "replace", StrMethods::replace);
        TypeSetup.method(t, "startswith", (f, a, k) -> affix(f, a, true));
        TypeSetup.method(t, "endswith", (f, a, k) -> affix(f, a, false));
        TypeSetup.method(t, "find", (f, a, k) -> (long) find(f, a, false));
        TypeSetup.method(t, "rfind", (f, a, k) -> (long) find(f, a, true));
        TypeSetup.method(t, "index", (f, a, k) -> {
            int i = find(f, a, false);
            if (i < 0) {
                throw Errors.valueError("substring not found");
            }
            return (long) i;
        });
        TypeSetup.method(t, "count", (f, a, k) -> {
            String s = self(a);
            String sub = arg(a, 1);
            if (sub.isEmpty()) {
                return (long) Strings.length(s) + 1;
            }
            long n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                n++;
            }
            return n;
        });
        TypeSetup.method(t, "format", (f, a, k) -> {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - nkw;
            WeftDict kw = new WeftDict();
            for (int i = 0; i < nkw; i++) {
                kw.putStr(k[i], a[npos + i]);
            }
            return StrFormatter.format(f, self(a), java.util.Arrays.copyOfRange(a, 1, npos), kw);
        });
        TypeSetup.method(t, "format_map", (f, a, k) ->
                StrFormatter.format(f, self(a), new Object[0], a[1]));
        TypeSetup.method(t, "encode", (f, a, k) -> {
            String enc = a.length > 1 ? (String) a[1] : "utf-8";
            String err = a.length > 2 ? (String) a[2] : "strict";
            return new WeftBytes(Codecs.encode(self(a), enc, err));
        });
        TypeSetup.method(t, "isdigit", (f, a, k) -> all(self(a),
                cp -> UnicodeProps.decimalValue(cp) >= 0 || Character.isDigit(cp)
                        || Character.getType(cp) == Character.OTHER_NUMBER && cp >= 0x2070
                        && cp <= 0x2089));
        TypeSetup.method(t, "isdecimal", (f, a, k) -> all(self(a),
                cp -> UnicodeProps.decimalValue(cp) >= 0));
        TypeSetup.method(t, "isnumeric", (f, a, k) -> all(self(a),
                cp -> Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER
                        || Character.getType(cp) == Character.LETTER_NUMBER));
        TypeSetup.method(t, "isalpha", (f, a, k) -> all(self(a), Character::isLetter));
        TypeSetup.method(t, "isalnum", (f, a, k) -> all(self(a), Character::isLetterOrDigit));
        TypeSetup.method(t, "isspace", (f, a, k) -> all(self(a), UnicodeProps::isSpace));
        TypeSetup.method(t, "isupper", (f, a, k) -> cased(self(a), true));
        TypeSetup.method(t, "islower", (f, a, k) -> cased(self(a), false));
        TypeSetup.method(t, "title", (f, a, k) -> title(self(a)));
        TypeSetup.method(t, "capitalize", (f, a, k) -> {
            String s = self(a);
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + s.substring(1).toLowerCase(java.util.Locale.ROOT);
        });
        TypeSetup.method(t, "swapcase", (f, a, k) -> {
            StringBuilder sb = new StringBuilder();
            self(a).codePoints().forEach(cp -> sb.appendCodePoint(Character.isUpperCase(cp)
                    ? Character.toLowerCase(cp) : Character.toUpperCase(cp)));
            return sb.toString();
        });
        TypeSetup.method(t, "center", (f, a, k) -> pad(f, a, 'c'));
        TypeSetup.method(t, "ljust", (f, a, k) -> pad(f, a, 'l'));
        TypeSetup.method(t, "rjust", (f, a, k) -> pad(f, a, 'r'));
        TypeSetup.method(t, "zfill", (f, a, k) -> {
            String s = self(a);
            int width = (int) Protocols.index(f, a[1]);
            int len = Strings.length(s);
            if (len >= width) {
                return s;
            }
            String zeros = "0".repeat(width - len);
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return s.charAt(0) + zeros + s.substring(1);
            }
            return zeros + s;
        });
        TypeSetup.method(t, "partition", (f, a, k) -> partition(a, false));
        TypeSetup.method(t, "rpartition", (f, a, k) -> partition(a, true));
        TypeSetup.method(t, "splitlines", (f, a, k) -> splitlines(self(a),
                a.length > 1 && dev.weft.runtime.Truth.isTrue(f, a[1])));
        TypeSetup.method(t, "removeprefix", (f, a, k) -> {
            String s = self(a);
            String p = arg(a, 1);
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        TypeSetup.method(t, "removesuffix", (f, a, k) -> {
            String s = self(a);
            String p = arg(a, 1);
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        });
        TypeSetup.method(t, "__len__", (f, a, k) -> (long) Strings.length(self(a)));
        TypeSetup.method(t, "__contains__", (f, a, k) -> Protocols.contains(f, a[0], a[1]));
        TypeSetup.method(t, "__getitem__", (f, a, k) -> Protocols.getItem(f, a[0], a[1]));
    }

    static String self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof String s)) {
            throw Errors.typeError("descriptor requires a 'str' object");
        }
        return s;
    }

    private static String arg(Object[] a, int i) {
        if (a.length <= i) {
            throw Errors.typeError("expected at least " + i + " argument" + (i == 1 ? "" : "s")
                    + ", got " + (a.length - 1));
        }
        if (!(a[i] instanceof String s)) {
            throw Errors.typeError("must be str, not " + Types.name(a[i]));
        }
        return s;
    }

    private static Object join(Fiber f, Object[] a, String[] k) {
        Sig.exactly("str.join", a, k, 2);
        String sep = self(a);
        Object[] items = Iter.toArray(f, a[1]);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof String s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, "
                        + Types.name(items[i]) + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static final Sig SPLIT = Sig.of("split(self, sep=, maxsplit=)");

    private static Object split(Fiber f, Object[] a, String[] k, boolean fromRight) {
        Object[] b = SPLIT.bind(a, k);
        String s = (String) b[0];
        Object sep = b[1] == null ? WeftNone.NONE : b[1];
        long max = b[2] == null ? -1 : Protocols.index(f, b[2]);
        if (sep == WeftNone.NONE) {
            return fromRight ? Splitting.rsplitWhitespace(s, max) : Splitting.splitWhitespace(s, max);
        }
        if (!(sep instanceof String sp)) {
            throw Errors.typeError("must be str or None, not " + Types.name(sep));
        }
        if (sp.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return fromRight ? Splitting.rsplit(s, sp, max) : Splitting.split(s, sp, max);
    }

    private static Object strip(Object[] a, boolean left, boolean right) {
        String s = self(a);
        Object chars = a.length > 1 ? a[1] : WeftNone.NONE;
        if (chars != WeftNone.NONE && !(chars instanceof String)) {
            throw Errors.typeError("strip arg must be None or str");
        }
        String set = chars == WeftNone.NONE ? null : (String) chars;
        int i = 0;
        int j = s.length();
        while (left && i < j && strippable(s.codePointAt(i), set)) {
            i += Character.charCount(s.codePointAt(i));
        }
        while (right && j > i && strippable(s.codePointBefore(j), set)) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return s.substring(i, j);
    }

    private static boolean strippable(int cp, String set) {
        return set == null ? UnicodeProps.isSpace(cp) : set.indexOf(cp) >= 0;
    }

    private static Object replace(Fiber f, Object[] a, String[] k) {
        Sig.between("replace", a, k, 3, 4);
        String s = self(a);
        String old = arg(a, 1);
        String neu = arg(a, 2);
        long count = a.length > 3 ? Protocols.index(f, a[3]) : -1;
        if (count < 0) {
            if (old.isEmpty()) {
                return Splitting.replaceEmpty(s, neu, Long.MAX_VALUE);
            }
            return s.replace(old, neu);
        }
        if (old.isEmpty()) {
            return Splitting.replaceEmpty(s, neu, count);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (long n = 0; n < count; n++) {
            int i = s.indexOf(old, from);
            if (i < 0) {
                break;
            }
            sb.append(s, from, i).append(neu);
            from = i + old.length();
        }
        return sb.append(s.substring(from)).toString();
    }

    private static Object affix(Fiber f, Object[] a, boolean prefix) {
        Sig.between(prefix ? "startswith" : "endswith", a, null, 2, 4);
        String s = window(f, a);
        Object p = a[1];
        if (p instanceof WeftTuple tu) {
            for (Object x : tu.items()) {
                if (x instanceof String ps && (prefix ? s.startsWith(ps) : s.endsWith(ps))) {
                    return true;
                }
            }
            return false;
        }
        if (!(p instanceof String ps)) {
            throw Errors.typeError((prefix ? "startswith" : "endswith") + " first arg must be str"
                    + " or a tuple of str, not " + Types.name(p));
        }
        return prefix ? s.startsWith(ps) : s.endsWith(ps);
    }

    /** self[start:end] for the optional start/end arguments at a[2], a[3]. */
    private static String window(Fiber f, Object[] a) {
        String s = self(a);
        if (a.length <= 2) {
            return s;
        }
        Object start = a[2];
        Object end = a.length > 3 ? a[3] : WeftNone.NONE;
        return (String) Protocols.getItem(f, s, new dev.weft.runtime.WeftSlice(start, end,
                WeftNone.NONE));
    }

    private static int find(Fiber f, Object[] a, boolean last) {
        String s = self(a);
        String sub = arg(a, 1);
        int n = Strings.length(s);
        long start = a.length > 2 && a[2] != WeftNone.NONE ? Protocols.index(f, a[2]) : 0;
        long end = a.length > 3 && a[3] != WeftNone.NONE ? Protocols.index(f, a[3]) : n;
        start = start < 0 ? Math.max(0, start + n) : Math.min(start, n);
        end = end < 0 ? Math.max(0, end + n) : Math.min(end, n);
        if (start > end) {
            return -1;
        }
        String w = Strings.substring(s, (int) start, (int) end);
        int i = last ? w.lastIndexOf(sub) : w.indexOf(sub);
        if (i < 0) {
            return -1;
        }
        return (int) start + w.codePointCount(0, i);
    }

    interface CodePointTest {
        boolean test(int cp);
    }

    private static boolean all(String s, CodePointTest test) {
        if (s.isEmpty()) {
            return false;
        }
        return s.codePoints().allMatch(test::test);
    }

    private static boolean cased(String s, boolean upper) {
        boolean any = false;
        for (int cp : s.codePoints().toArray()) {
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (!upper) {
                    return false;
                }
                any = true;
            } else if (Character.isLowerCase(cp)) {
                if (upper) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int cp : s.codePoints().toArray()) {
            boolean isCased = Character.isUpperCase(cp) || Character.isLowerCase(cp)
                    || Character.isTitleCase(cp);
            sb.appendCodePoint(prevCased ? Character.toLowerCase(cp) : Character.toTitleCase(cp));
            prevCased = isCased;
        }
        return sb.toString();
    }

    private static Object pad(Fiber f, Object[] a, char how) {
        String s = self(a);
        int width = (int) Protocols.index(f, a[1]);
        String fill = " ";
        if (a.length > 2) {
            fill = arg(a, 2);
            if (fill.codePointCount(0, fill.length()) != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
        }
        int len = Strings.length(s);
        if (len >= width) {
            return s;
        }
        int total = width - len;
        int left;
        switch (how) {
            case 'l' -> left = 0;
            case 'r' -> left = total;
            default -> left = total / 2 + (total & width & 1);
        }
        return fill.repeat(left) + s + fill.repeat(total - left);
    }

    private static Object partition(Object[] a, boolean last) {
        String s = self(a);
        String sep = arg(a, 1);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return last ? WeftTuple.of("", "", s) : WeftTuple.of(s, "", "");
        }
        return WeftTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    private static Object splitlines(String s, boolean keepends) {
        WeftList out = new WeftList();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int eol = i;
            boolean br = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c
                    || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (br) {
                i++;
                if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                out.add(s.substring(start, keepends ? i : eol));
                start = i;
            } else {
                i++;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    static Object reprOf(Fiber f, Object o) {
        return Reprs.repr(f, o);
    }
}
