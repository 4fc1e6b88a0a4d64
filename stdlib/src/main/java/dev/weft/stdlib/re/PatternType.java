// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;
import dev.weft.stdlib.JavaClass;
import dev.weft.stdlib.Params;
import java.util.Arrays;

/** re.Pattern: the class and its method table. */
final class PatternType {
    private PatternType() {}

    static final WeftType PATTERN = JavaClass.make("re", "Pattern", Types.OBJECT);
    static final WeftType ITERATOR = JavaClass.iteratorType("builtins", "callable_iterator");

    private static final Params MATCH = Params.clinic("match(string, pos=, endpos=)");
    private static final Params FULLMATCH = Params.clinic("fullmatch(string, pos=, endpos=)");
    private static final Params SEARCH = Params.clinic("search(string, pos=, endpos=)");
    private static final Params FINDALL = Params.clinic("findall(string, pos=, endpos=)");
    private static final Params FINDITER = Params.clinic("finditer(string, pos=, endpos=)");
    private static final Params SPLIT = Params.clinic("split(string, maxsplit=)");
    private static final Params SUB = Params.clinic("sub(repl, string, count=)");
    private static final Params SUBN = Params.clinic("subn(repl, string, count=)");

    static {
        JavaClass.constructor(PATTERN, (t, a, k) -> {
            throw Errors.typeError("cannot create 're.Pattern' instances");
        });
        JavaClass.method(PATTERN, "match", (t, a, k) -> one(t, a, k, MATCH, Engine.Mode.MATCH));
        JavaClass.method(PATTERN, "fullmatch", (t, a, k) ->
                one(t, a, k, FULLMATCH, Engine.Mode.FULLMATCH));
        JavaClass.method(PATTERN, "search", (t, a, k) ->
                one(t, a, k, SEARCH, Engine.Mode.SEARCH));
        JavaClass.method(PATTERN, "findall", (t, a, k) -> findall(engine(t, a, k, FINDALL)));
        JavaClass.method(PATTERN, "finditer", (t, a, k) ->
                new Matches(engine(t, a, k, FINDITER)));
        JavaClass.method(PATTERN, "split", (t, a, k) -> {
            Object[] p = SPLIT.bind(rest(a), k);
            return Splitting.split(t, new Engine(self(a), Subject.of(p[0], self(a).re.text), 0,
                    Integer.MAX_VALUE), count(t, p[1]));
        });
        JavaClass.method(PATTERN, "sub", (t, a, k) -> substitute(t, a, k, SUB, false));
        JavaClass.method(PATTERN, "subn", (t, a, k) -> substitute(t, a, k, SUBN, true));
        attributes();
    }

    private static void attributes() {
        JavaClass.getter(PATTERN, "pattern", (t, o) -> ((PatternObject) o).re.source);
        JavaClass.getter(PATTERN, "flags", (t, o) -> (long) ((PatternObject) o).re.flags);
        JavaClass.getter(PATTERN, "groups", (t, o) -> (long) ((PatternObject) o).re.groups);
        JavaClass.method(PATTERN, "_groupindex", (t, a, k) -> {
            WeftDict d = new WeftDict();
            self(a).re.names.entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByValue())
                    .forEach(e -> d.putStr(e.getKey(), (long) e.getValue()));
            return d;
        });
        JavaClass.method(PATTERN, "_warnings", (t, a, k) ->
                new WeftList(self(a).re.warnings.toArray()));
        JavaClass.method(PATTERN, "__repr__", (t, a, k) -> repr(t, self(a).re));
        JavaClass.method(PATTERN, "__eq__", (t, a, k) -> a[1] instanceof PatternObject
                ? self(a).equals(a[1]) : dev.weft.runtime.Singleton.NOT_IMPLEMENTED);
        JavaClass.method(PATTERN, "__hash__", (t, a, k) -> (long) self(a).hashCode());
        JavaClass.method(PATTERN, "__copy__", (t, a, k) -> self(a));
        JavaClass.method(PATTERN, "__deepcopy__", (t, a, k) -> self(a));
    }

    private static Object one(Fiber t, Object[] a, String[] k, Params spec, Engine.Mode mode) {
        MatchObject m = engine(t, a, k, spec).first(mode);
        return m == null ? WeftNone.NONE : m;
    }

    private static Engine engine(Fiber t, Object[] a, String[] k, Params spec) {
        PatternObject p = self(a);
        Object[] args = spec.bind(rest(a), k);
        long pos = args[1] == null ? 0 : position(t, args[1]);
        long endpos = args[2] == null ? Long.MAX_VALUE : position(t, args[2]);
        return new Engine(p, Subject.of(args[0], p.re.text), pos, endpos);
    }

    private static long position(Fiber t, Object o) {
        return dev.weft.runtime.IntOps.clampLong(Args.toIndex(t, o));
    }

    private static int count(Fiber t, Object o) {
        if (o == null) {
            return 0;
        }
        long n = position(t, o);
        // A negative count allows no replacement (or split) at all, as in CPython.
        return n < 0 ? -1 : (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static Object findall(Engine e) {
        WeftList out = new WeftList();
        int groups = e.re.groups;
        Object empty = e.subject.slice(0, 0);
        for (MatchObject m = e.next(null); m != null; m = e.next(m)) {
            if (groups == 0) {
                out.add(m.group(0));
            } else if (groups == 1) {
                out.add(m.group(1, empty));
            } else {
                Object[] items = new Object[groups];
                for (int g = 1; g <= groups; g++) {
                    items[g - 1] = m.group(g, empty);
                }
                out.add(WeftTuple.of(items));
            }
        }
        return out;
    }

    private static Object substitute(Fiber t, Object[] a, String[] k, Params spec,
            boolean withCount) {
        PatternObject p = self(a);
        Object[] args = spec.bind(rest(a), k);
        Engine e = new Engine(p, Subject.of(args[1], p.re.text), 0, Integer.MAX_VALUE);
        Object[] result = Substitution.run(t, e, args[0], count(t, args[2]));
        return withCount ? WeftTuple.of(result) : result[0];
    }

    /** Match.expand: the template with the match's groups. */
    static Object expand(Fiber t, MatchObject m, Object template) {
        StringBuilder out = new StringBuilder();
        Substitution.template(t, m.engine, template).expand(m, out);
        if (m.engine.subject.text) {
            return out.toString();
        }
        // As CPython, which joins the pieces with the subject's own type (bytes or bytearray).
        boolean mutable = m.engine.subject.original instanceof dev.weft.runtime.WeftBytes b
                && b.isMutable();
        return new dev.weft.runtime.WeftBytes(out.toString().getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1), mutable);
    }

    private static String repr(Fiber t, CompiledRegex re) {
        String text = Reprs.repr(t, re.source);
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        String flags = FlagNames.describe(re.flags, re.text);
        return "re.compile(" + text + (flags.isEmpty() ? "" : ", " + flags) + ")";
    }

    static PatternObject self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof PatternObject p)) {
            throw Errors.typeError("descriptor requires a 're.Pattern' object");
        }
        return p;
    }

    static Object[] rest(Object[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    /** finditer's iterator: each match in turn. */
    private static final class Matches extends WeftIterator {
        private final Engine engine;
        private MatchObject last;
        private boolean done;

        Matches(Engine engine) {
            this.engine = engine;
        }

        @Override
        public WeftType type() {
            return ITERATOR;
        }

        @Override
        public Object next(Fiber t) {
            if (done) {
                return null;
            }
            MatchObject m = engine.next(last);
            if (m == null) {
                done = true;
                return null;
            }
            last = m;
            return m;
        }
    }
}
