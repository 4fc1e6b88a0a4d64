// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.ValueInstance;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.runtime.text.UnicodeProps;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntPredicate;

/** str's methods: the registration table, argument handling, and the small ones inline. */
final class StrMethods {
    private StrMethods() {}

    private static final Sig SPLIT = Sig.of("split(sep=, maxsplit=)");
    private static final Sig RSPLIT = Sig.of("rsplit(sep=, maxsplit=)");
    private static final Sig SPLITLINES = Sig.of("splitlines(keepends=)");
    private static final Sig ENCODE = Sig.of("encode(encoding=, errors=)");
    private static final Sig EXPANDTABS = Sig.of("expandtabs(tabsize=)");

    static void install() {
        WeftType t = Types.STR;
        mapping(t, "upper", StrCase::upper);
        mapping(t, "lower", StrCase::lower);
        mapping(t, "casefold", StrCase::casefold);
        mapping(t, "capitalize", StrCase::capitalize);
        mapping(t, "title", StrCase::title);
        mapping(t, "swapcase", StrCase::swapcase);
        predicate(t, "isalpha", s -> StrCase.all(s, Character::isLetter));
        predicate(t, "isalnum", s -> StrCase.all(s, StrCase::isAlnum));
        predicate(t, "isdecimal", s -> StrCase.all(s, StrCase::isDecimal));
        predicate(t, "isdigit", s -> StrCase.all(s, UnicodeProps::isDigit));
        predicate(t, "isnumeric", s -> StrCase.all(s, UnicodeProps::isNumeric));
        predicate(t, "isspace", s -> StrCase.all(s, UnicodeProps::isSpace));
        predicate(t, "isprintable", s -> s.codePoints().allMatch(UnicodeProps::isPrintable));
        predicate(t, "isascii", s -> s.chars().allMatch(c -> c < 0x80));
        predicate(t, "islower", s -> StrCase.isLower(s, false));
        predicate(t, "isupper", s -> StrCase.isLower(s, true));
        predicate(t, "istitle", StrCase::isTitle);
        predicate(t, "isidentifier", dev.weft.runtime.Strings::isIdentifier);
        searching(t);
        layout(t);
        splitting(t);
        TypeSetup.cpsMethod(t, "join", Draining.collectingArg(1, StrMethods::join));
        TypeSetup.method(t, "encode", (f, a, k) -> {
            Object[] b = ENCODE.bind(Args.rest(a), k);
            String enc = b[0] == null ? "utf-8" : Args.str("encode() argument 'encoding'", b[0]);
            String err = b[1] == null ? "strict" : Args.str("encode() argument 'errors'", b[1]);
            return new WeftBytes(Codecs.encode(self(a), enc, err));
        });
        TypeSetup.method(t, "format", StrMethods::format);
        TypeSetup.method(t, "format_map", (f, a, k) -> {
            Args.one("str.format_map", a, k);
            return StrFormatter.format(f, self(a), null, a[1]); // no positional arguments
        });
        TypeSetup.method(t, "translate", (f, a, k) -> {
            Args.one("str.translate", a, k);
            return StrLayout.translate(f, self(a), a[1]);
        });
        TypeSetup.staticMethod(t, "maketrans", (f, a, k) -> {
            Sig.noKeywords("maketrans", k);
            if (a.length < 1 || a.length > 3) {
                throw Errors.typeError("maketrans expected " + (a.length < 1 ? "at least 1"
                        : "at most 3") + " argument" + (a.length < 1 ? "" : "s") + ", got "
                        + a.length);
            }
            return StrLayout.maketrans(f, a);
        });
        StrDunders.install(t);
    }

    static String self(Object[] a) {
        return (String) a[0];
    }

    private static void mapping(WeftType t, String name, Function<String, String> fn) {
        String qual = "str." + name;
        TypeSetup.method(t, name, (f, a, k) -> {
            Args.none(qual, a, k);
            return fn.apply(self(a));
        });
    }

    private static void predicate(WeftType t, String name, java.util.function.Predicate<String> p) {
        String qual = "str." + name;
        TypeSetup.method(t, name, (f, a, k) -> {
            Args.none(qual, a, k);
            return p.test(self(a));
        });
    }

    private static void searching(WeftType t) {
        TypeSetup.method(t, "find", (f, a, k) -> find(f, a, k, "str.find", false));
        TypeSetup.method(t, "rfind", (f, a, k) -> find(f, a, k, "str.rfind", true));
        TypeSetup.method(t, "index", (f, a, k) -> found(find(f, a, k, "str.index", false)));
        TypeSetup.method(t, "rindex", (f, a, k) -> found(find(f, a, k, "str.rindex", true)));
        TypeSetup.method(t, "count", (f, a, k) -> {
            Args.tuple("str.count", a, k, 1, 3);
            return StrSearch.count(self(a), Args.str(null, a[1]),
                    Args.sliceIndex(f, Args.opt(a, 2)), Args.sliceIndex(f, Args.opt(a, 3)));
        });
        TypeSetup.method(t, "startswith", (f, a, k) -> affix(f, a, k, true));
        TypeSetup.method(t, "endswith", (f, a, k) -> affix(f, a, k, false));
        TypeSetup.method(t, "replace", (f, a, k) -> {
            Args.range("str.replace", a, k, 2, 3);
            String old = Args.str("replace() argument 1", a[1]);
            String neu = Args.str("replace() argument 2", a[2]);
            long count = a.length > 3 ? Args.index(f, a[3]) : -1;
            return StrSearch.replace(self(a), old, neu, count);
        });
        TypeSetup.method(t, "partition", (f, a, k) -> partition(a, k, false));
        TypeSetup.method(t, "rpartition", (f, a, k) -> partition(a, k, true));
        TypeSetup.method(t, "removeprefix", (f, a, k) -> {
            Args.one("str.removeprefix", a, k);
            String p = Args.str("removeprefix() argument", a[1]);
            return self(a).startsWith(p) ? self(a).substring(p.length()) : self(a);
        });
        TypeSetup.method(t, "removesuffix", (f, a, k) -> {
            Args.one("str.removesuffix", a, k);
            String s = self(a);
            String p = Args.str("removesuffix() argument", a[1]);
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        });
    }

    private static long find(Fiber f, Object[] a, String[] k, String qual, boolean last) {
        Args.tuple(qual, a, k, 1, 3);
        String sub = Args.str(null, a[1]);
        return StrSearch.find(self(a), sub, Args.sliceIndex(f, Args.opt(a, 2)),
                Args.sliceIndex(f, Args.opt(a, 3)), last);
    }

    private static Object found(long i) {
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    private static Object affix(Fiber f, Object[] a, String[] k, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        Args.tuple("str." + name, a, k, 1, 3);
        Long start = Args.sliceIndex(f, Args.opt(a, 2));
        Long end = Args.sliceIndex(f, Args.opt(a, 3));
        if (a[1] instanceof WeftTuple tu) {
            for (Object item : tu.items()) {
                Object x = ValueInstance.unwrap(item);
                if (!(x instanceof String p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not "
                            + Types.name(x));
                }
                if (StrSearch.tailMatch(self(a), p, start, end, prefix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(a[1] instanceof String p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not "
                    + Types.name(a[1]));
        }
        return StrSearch.tailMatch(self(a), p, start, end, prefix);
    }

    private static Object partition(Object[] a, String[] k, boolean last) {
        Args.one(last ? "str.rpartition" : "str.partition", a, k);
        String sep = Args.str(null, a[1]);
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return StrSearch.tuple(StrSearch.partition(self(a), sep, last));
    }

    private static void layout(WeftType t) {
        for (char how : new char[] {'c', 'l', 'r'}) {
            String name = how == 'c' ? "center" : how == 'l' ? "ljust" : "rjust";
            TypeSetup.method(t, name, (f, a, k) -> {
                Args.range("str." + name, a, k, 1, 2);
                long width = Args.index(f, a[1]);
                return StrLayout.pad(self(a), width, a.length > 2 ? fill(a[2]) : " ", how);
            });
        }
        TypeSetup.method(t, "zfill", (f, a, k) -> {
            Args.one("str.zfill", a, k);
            return StrLayout.zfill(self(a), Args.index(f, a[1]));
        });
        TypeSetup.method(t, "expandtabs", (f, a, k) -> {
            Object[] b = EXPANDTABS.bind(Args.rest(a), k);
            return StrLayout.expandtabs(self(a), b[0] == null ? 8 : Args.index(f, b[0]));
        });
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            boolean left = !name.equals("rstrip");
            boolean right = !name.equals("lstrip");
            TypeSetup.method(t, name, (f, a, k) -> {
                Args.range("str." + name, a, k, 0, 1);
                Object chars = a.length > 1 ? a[1] : WeftNone.NONE;
                if (chars != WeftNone.NONE && !(chars instanceof String)) {
                    throw Errors.typeError(name + " arg must be None or str");
                }
                return StrLayout.strip(self(a), chars == WeftNone.NONE ? null : (String) chars,
                        Splitting.STR_SPACE, left, right);
            });
        }
    }

    private static String fill(Object o) {
        if (!(o instanceof String s)) {
            throw Errors.typeError("The fill character must be a unicode character, not "
                    + Types.name(o));
        }
        if (s.codePointCount(0, s.length()) != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return s;
    }

    private static void splitting(WeftType t) {
        TypeSetup.method(t, "split", (f, a, k) -> split(f, a, k, false));
        TypeSetup.method(t, "rsplit", (f, a, k) -> split(f, a, k, true));
        TypeSetup.method(t, "splitlines", (f, a, k) -> {
            Object[] b = SPLITLINES.bind(Args.rest(a), k);
            boolean keep = b[0] != null && Truth.isTrue(f, b[0]);
            return Splitting.strList(Splitting.splitlines(self(a), keep, false));
        });
    }

    private static Object split(Fiber f, Object[] a, String[] k, boolean fromRight) {
        Object[] b = (fromRight ? RSPLIT : SPLIT).bind(Args.rest(a), k);
        String s = self(a);
        Object sep = b[0] == null ? WeftNone.NONE : b[0];
        long max = b[1] == null ? -1 : Args.index(f, b[1]);
        IntPredicate space = Splitting.STR_SPACE;
        if (sep == WeftNone.NONE) {
            return Splitting.strList(fromRight ? Splitting.rsplitWhitespace(s, max, space)
                    : Splitting.splitWhitespace(s, max, space));
        }
        if (!(sep instanceof String sp)) {
            throw Errors.typeError("must be str or None, not " + Types.name(sep));
        }
        if (sp.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return Splitting.strList(fromRight ? Splitting.rsplit(s, sp, max)
                : Splitting.split(s, sp, max));
    }

    private static Object join(Fiber f, Object[] a, String[] k) {
        Args.one("str.join", a, k);
        Object[] items;
        try {
            items = Iter.toArray(f, a[1]);
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.TYPE_ERROR) && !isIterable(a[1])) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        String sep = self(a);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            String s = ValueInstance.str(items[i]);
            if (s == null) {
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

    private static boolean isIterable(Object o) {
        WeftType type = Types.of(o);
        return dev.weft.runtime.iter.Iterators.forBuiltin(o) != null
                || type.lookup("__iter__") != null || type.lookup("__getitem__") != null;
    }

    private static Object format(Fiber f, Object[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        WeftDict kw = new WeftDict();
        for (int i = 0; i < nkw; i++) {
            kw.putStr(k[i], a[npos + i]);
        }
        return StrFormatter.format(f, self(a), Arrays.copyOfRange(a, 1, npos), kw);
    }
}
