// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.itertools;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Iter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftClassMethod;
import dev.weft.runtime.WeftComplex;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;
import dev.weft.stdlib.JavaClass;
import dev.weft.stdlib.Params;
import java.util.Arrays;

/** The itertools module: one class per iterator kind, made by the table below. */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    private static final WeftDict TYPES = new WeftDict();
    private static final Params REPEAT = Params.clinic("repeat(object, times=)");
    private static final Params ACCUMULATE = Params.clinic("accumulate(iterable, func=, *,"
            + " initial=)");
    private static final Params COMPRESS = Params.clinic("compress(data, selectors)");
    private static final Params GROUPBY = Params.clinic("groupby(iterable, key=)");
    private static final Params PERMUTATIONS = Params.clinic("permutations(iterable, r=)");
    private static final Params COMBINATIONS = Params.clinic("combinations(iterable, r)");
    private static final Params CWR = Params.clinic("combinations_with_replacement(iterable,"
            + " r)");

    static {
        WeftType count = type("count", ItertoolsModule::count);
        JavaClass.method(count, "__repr__", (t, a, k) -> ((Infinite.Count) a[0]).repr(t));
        type("cycle", (t, a, k) -> new Infinite.Cycle(cls(a), t, exactly("cycle", a, k, 1)[0]));
        WeftType repeat = type("repeat", ItertoolsModule::repeat);
        JavaClass.method(repeat, "__repr__", (t, a, k) -> ((Infinite.Repeat) a[0]).repr(t));
        WeftType chain = type("chain", (t, a, k) -> {
            noKeywords("chain", k);
            return new Terminating.Chain(cls(a), t, WeftTuple.of(rest(a)));
        });
        chain.define("from_iterable", new WeftClassMethod(WeftBuiltin.function("from_iterable",
                (t, a, k) -> new Terminating.Chain((WeftType) a[0], t,
                        Args.one("chain.from_iterable", rest(a), k)))));
        type("islice", ItertoolsModule::islice);
        type("accumulate", (t, a, k) -> {
            Object[] b = ACCUMULATE.bind(rest(a), k);
            return new Terminating.Accumulate(cls(a), t, b[0], Args.orDefault(b[1],
                    WeftNone.NONE), Args.given(b[2]) ? b[2] : null);
        });
        type("starmap", (t, a, k) -> {
            Object[] b = exactly("starmap", a, k, 2);
            return new Terminating.Starmap(cls(a), t, b[0], b[1]);
        });
        predicated("takewhile", Terminating.Predicated.TAKE_WHILE);
        predicated("dropwhile", Terminating.Predicated.DROP_WHILE);
        predicated("filterfalse", Terminating.Predicated.FILTER_FALSE);
        type("compress", (t, a, k) -> {
            Object[] b = COMPRESS.bind(rest(a), k);
            return new Terminating.Compress(cls(a), t, b[0], b[1]);
        });
        type("pairwise", (t, a, k) ->
                new Terminating.Pairwise(cls(a), t, exactly("pairwise", a, k, 1)[0]));
        type("zip_longest", ItertoolsModule::zipLongest);
        type("groupby", (t, a, k) -> {
            Object[] b = GROUPBY.bind(rest(a), k);
            return new Grouping.GroupBy(cls(a), t, b[0], Args.orDefault(b[1], WeftNone.NONE));
        });
        type("product", ItertoolsModule::product);
        type("permutations", (t, a, k) -> {
            Object[] b = PERMUTATIONS.bind(rest(a), k);
            Object[] pool = Iter.toArray(t, b[0]);
            int r = pool.length;
            if (Args.given(b[1])) {
                b[1] = dev.weft.runtime.ValueInstance.unwrap(b[1]);
                if (!IntOps.isInt(b[1])) {
                    throw Errors.typeError("Expected int as r");
                }
                r = nonNegative(b[1], "r must be non-negative");
            }
            return new Combinatoric.Permutations(cls(a), pool, r);
        });
        type("combinations", (t, a, k) -> combinations(t, a, k, COMBINATIONS, false));
        type("combinations_with_replacement", (t, a, k) -> combinations(t, a, k, CWR, true));
    }

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        for (int e = 0; e < TYPES.end(); e++) {
            if (TYPES.keyAt(e) != null) {
                d.putStr((String) TYPES.keyAt(e), TYPES.valueAt(e));
            }
        }
        d.putStr("tee", WeftBuiltin.function("tee", (t, a, k) -> {
            Args.positional("tee", a, k, 1, 2);
            long n = a.length > 1 ? IntOps.clampLong(Args.toIndex(t, a[1])) : 2;
            if (n < 0) {
                throw Errors.valueError("n must be >= 0");
            }
            return Grouping.tee(t, a[0], (int) n);
        }));
    }

    /** Registers an itertools class whose instances {@code make} builds. */
    private static WeftType type(String name, NativeCode make) {
        WeftType t = JavaClass.make("itertools", name, Types.OBJECT);
        JavaClass.constructor(t, make);
        JavaClass.iterable(t);
        TYPES.putStr(name, t);
        return t;
    }

    private static void predicated(String name, int kind) {
        type(name, (t, a, k) -> {
            Object[] b = exactly(name, a, k, 2);
            return new Terminating.Predicated(cls(a), t, kind, b[0], b[1]);
        });
    }

    private static WeftType cls(Object[] a) {
        return (WeftType) a[0];
    }

    private static Object[] rest(Object[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    private static void noKeywords(String name, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** Exactly n positional arguments after the class, with CPython's messages. */
    private static Object[] exactly(String name, Object[] a, String[] k, int n) {
        Object[] args = rest(a);
        Args.positional(name, args, k, n, n);
        return args;
    }

    private static int nonNegative(Object n, String message) {
        long v = IntOps.clampLong(n);
        if (v < 0) {
            throw Errors.valueError(message);
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static boolean isNumber(Object o) {
        if (IntOps.isInt(o) || o instanceof Double || o instanceof WeftComplex) {
            return true;
        }
        WeftType type = Types.of(o);
        return !type.isBuiltin() && (type.lookup("__index__") != null
                || type.lookup("__int__") != null || type.lookup("__float__") != null);
    }

    private static Object count(Fiber t, Object[] a, String[] k) {
        Object[] args = rest(a);
        int nkw = k == null ? 0 : k.length;
        if (args.length > 2) {
            throw Errors.typeError("count() takes at most 2 arguments (" + args.length
                    + " given)");
        }
        Object start = args.length - nkw > 0 ? args[0] : null;
        Object step = args.length - nkw > 1 ? args[1] : null;
        for (int i = 0; i < nkw; i++) {
            Object v = args[args.length - nkw + i];
            switch (k[i]) {
                case "start" -> start = v;
                case "step" -> step = v;
                default -> throw Errors.typeError("'" + k[i]
                        + "' is an invalid keyword argument for count()");
            }
        }
        start = start == null ? (Object) 0L : start;
        step = step == null ? (Object) 1L : step;
        if (!isNumber(start) || !isNumber(step)) {
            throw Errors.typeError("a number is required");
        }
        return new Infinite.Count(cls(a), start, step);
    }

    private static Object repeat(Fiber t, Object[] a, String[] k) {
        Object[] b = REPEAT.bind(rest(a), k);
        long times = -1;
        if (b[1] != null) {
            times = Math.max(0, IntOps.clampLong(Args.toIndex(t, b[1])));
        }
        return new Infinite.Repeat(cls(a), b[0], times);
    }

    private static Object islice(Fiber t, Object[] a, String[] k) {
        Object[] args = rest(a);
        Args.positional("islice", args, k, 2, 4);
        Object it = Iter.iter(t, args[0]);
        String stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <="
                + " sys.maxsize.";
        String startMsg = "Indices for islice() must be None or an integer: 0 <= x <="
                + " sys.maxsize.";
        long start = 0;
        long step = 1;
        long stop;
        if (args.length == 2) {
            stop = sliceArg(args[1], -1, stopMsg);
        } else {
            start = sliceArg(args[1], 0, startMsg);
            stop = sliceArg(args[2], -1, stopMsg);
            if (args.length == 4) {
                step = sliceArg(args[3], 1, "Step for islice() must be a positive integer or"
                        + " None.");
                if (step == 0) {
                    throw Errors.valueError("Step for islice() must be a positive integer or"
                            + " None.");
                }
            }
        }
        return new Terminating.Islice(cls(a), t, it, start, stop, step);
    }

    /** An islice bound: None gives the default; otherwise a non-negative int. */
    private static long sliceArg(Object v, long dflt, String message) {
        if (v == WeftNone.NONE) {
            return dflt;
        }
        v = dev.weft.runtime.ValueInstance.unwrap(v);
        if (!IntOps.isInt(v)) {
            throw Errors.valueError(message);
        }
        long n = IntOps.clampLong(v);
        if (n < 0) {
            throw Errors.valueError(message);
        }
        return n;
    }

    private static Object zipLongest(Fiber t, Object[] a, String[] k) {
        Object[] args = rest(a);
        int nkw = k == null ? 0 : k.length;
        Object fill = WeftNone.NONE;
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("fillvalue")) {
                throw Errors.typeError("zip_longest() got an unexpected keyword argument");
            }
            fill = args[args.length - nkw + i];
        }
        return new Terminating.ZipLongest(cls(a), t, Arrays.copyOf(args, args.length - nkw),
                fill);
    }

    private static Object product(Fiber t, Object[] a, String[] k) {
        Object[] args = rest(a);
        int nkw = k == null ? 0 : k.length;
        long repeat = 1;
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("repeat")) {
                throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for"
                        + " product()");
            }
            repeat = IntOps.clampLong(Args.toIndex(t, args[args.length - nkw + i]));
        }
        if (repeat < 0) {
            throw Errors.valueError("repeat argument cannot be negative");
        }
        int n = args.length - nkw;
        Object[][] pools = new Object[(int) (n * repeat)][];
        for (int i = 0; i < n; i++) {
            Object[] pool = Iter.toArray(t, args[i]);
            for (int r = 0; r < repeat; r++) {
                pools[r * n + i] = pool;
            }
        }
        return new Combinatoric.Product(cls(a), pools);
    }

    private static Object combinations(Fiber t, Object[] a, String[] k, Params p,
            boolean replacement) {
        Object[] b = p.bind(rest(a), k);
        Object[] pool = Iter.toArray(t, b[0]);
        int r = nonNegative(Args.toIndex(t, b[1]), "r must be non-negative");
        return new Combinatoric.Combinations(cls(a), pool, r, replacement);
    }
}
