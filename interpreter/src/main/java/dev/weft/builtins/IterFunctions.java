// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GeneratorDrain;
import dev.weft.runtime.Iter;
import dev.weft.runtime.Ops;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftGenerator;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.iter.CallableIterator;
import java.util.List;

/** Builtins over iterables: len, iter, next, sorted, min, max, sum, any, all. */
final class IterFunctions {
    private IterFunctions() {}

    private static final Sig SORTED = Sig.of("sorted(iterable, /, *, key=, reverse=)");
    private static final Sig SUM = Sig.of("sum(iterable, /, start=)");

    static final List<WeftBuiltin> ALL = List.of(
            WeftBuiltin.function("len", (t, a, k) ->
                    CoreFunctions.one("len", a, k, x -> Protocols.len(t, x))),
            WeftBuiltin.function("iter", IterFunctions::iter),
            WeftBuiltin.cpsFunction("next", IterFunctions::next),
            WeftBuiltin.cpsFunction("sorted", Draining.collectingArg(0, IterFunctions::sorted)),
            WeftBuiltin.cpsFunction("min", Draining.collectingArg(0,
                    (t, a, k) -> extreme("min", t, a, k, Compare.LT))),
            WeftBuiltin.cpsFunction("max", Draining.collectingArg(0,
                    (t, a, k) -> extreme("max", t, a, k, Compare.GT))),
            WeftBuiltin.cpsFunction("sum", IterFunctions::sum),
            WeftBuiltin.cpsFunction("any", (t, site, a, k) -> anyAll("any", t, site, a, k, true)),
            WeftBuiltin.cpsFunction("all",
                    (t, site, a, k) -> anyAll("all", t, site, a, k, false)));

    private static Object iter(Fiber t, Object[] args, String[] kw) {
        Sig.between("iter", args, kw, 1, 2);
        if (args.length == 2) {
            if (!Calls.isCallable(args[0])) {
                throw Errors.typeError("iter(v, w): v must be callable");
            }
            return new CallableIterator(args[0], args[1]);
        }
        return Iter.iter(t, args[0]);
    }

    /** next(iterator[, default]): resumes a generator on the trampoline. */
    private static Step next(Fiber t, CallSite site, Object[] args, String[] kw) {
        Sig.between("next", args, kw, 1, 2);
        Object it = args[0];
        if (it instanceof WeftGenerator g) {
            CallSite s = args.length == 2 ? new DefaultSite(site, args[1]) : site;
            return g.resume(t, s, WeftNone.NONE, null);
        }
        if (it instanceof dev.weft.runtime.CoroutineWrapper w) {
            CallSite s = args.length == 2 ? new DefaultSite(site, args[1]) : site;
            return w.coroutine().resume(t, s, WeftNone.NONE, null);
        }
        if (!Iter.isIterator(it)) {
            throw Errors.typeError("'" + Types.name(it) + "' object is not an iterator");
        }
        if (it instanceof WeftIterator wi) {
            Object v = wi.next(t);
            if (v != null) {
                return site.returned(t, v);
            }
            if (args.length == 2) {
                return site.returned(t, args[1]);
            }
            throw Errors.stopIteration(WeftNone.NONE);
        }
        if (args.length == 2) {
            Object v = Iter.next(t, it);
            return site.returned(t, v == null ? args[1] : v);
        }
        return Calls.call(t, site, Types.of(it).lookup("__next__"), new Object[] {it}, null);
    }

    /** next() with a default: a finished generator yields the default instead of raising. */
    private static final class DefaultSite extends CallSite {
        private final CallSite site;
        private final Object dflt;

        DefaultSite(CallSite site, Object dflt) {
            this.site = site;
            this.dflt = dflt;
            this.line = site.line;
            this.pos = site.pos;
            this.handler = site.handler;
        }

        @Override
        public Step returned(Fiber t, Object value) {
            return site.returned(t, value);
        }

        @Override
        public Step exhausted(Fiber t, Object value) {
            return site.returned(t, dflt);
        }

        @Override
        public boolean isBoundary() {
            return site.isBoundary();
        }

        @Override
        public Step unwound(Fiber t, dev.weft.runtime.WeftError e) {
            return site.unwound(t, e);
        }
    }

    private static Object sorted(Fiber t, Object[] args, String[] kw) {
        if (args.length - (kw == null ? 0 : kw.length) != 1) {
            throw Errors.typeError("sorted expected 1 argument, got "
                    + (args.length - (kw == null ? 0 : kw.length)));
        }
        Object[] b = SORTED.bind(args, kw);
        Object[] items = Iter.toArray(t, b[0]);
        boolean reverse = b[2] != null && Truth.isTrue(t, b[2]);
        ListSort.sort(t, items, items.length, b[1], reverse);
        return new WeftList(items);
    }

    /** min and max: of one iterable, or of several arguments; key= and default=. */
    private static Object extreme(String name, Fiber t, Object[] args, String[] kw, int op) {
        Object key = null;
        Object dflt = null;
        int npos = args.length - (kw == null ? 0 : kw.length);
        for (int i = 0; kw != null && i < kw.length; i++) {
            switch (kw[i]) {
                case "key" -> key = args[npos + i];
                case "default" -> dflt = args[npos + i];
                default -> throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument"
                        + " for " + name + "()");
            }
        }
        if (npos == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        Object[] items;
        if (npos == 1) {
            items = Iter.toArray(t, args[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple"
                        + " positional arguments");
            }
            items = java.util.Arrays.copyOf(args, npos);
        }
        if (items.length == 0) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        if (key == WeftNone.NONE) {
            key = null;
        }
        Object best = items[0];
        Object bestKey = key == null ? best : Calls.callDirect(t, key, best);
        for (int i = 1; i < items.length; i++) {
            Object k = key == null ? items[i] : Calls.callDirect(t, key, items[i]);
            if (Compare.test(t, op, k, bestKey)) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    /** sum(iterable, start=0): a generator is summed on the trampoline, item by item. */
    private static Step sum(Fiber t, CallSite site, Object[] args, String[] kw) {
        Object[] b = SUM.bind(args, kw);
        Object[] acc = {b[1] == null ? (Object) 0L : b[1]};
        if (acc[0] instanceof String) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (acc[0] instanceof dev.weft.runtime.WeftBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (b[0] instanceof WeftGenerator g && !g.isAsync()) {
            return GeneratorDrain.start(t, site, g, new GeneratorDrain.Sink() {
                @Override
                public boolean accept(Fiber f, Object item) {
                    acc[0] = add(f, acc[0], item);
                    return true;
                }

                @Override
                public Object finish(Fiber f) {
                    return acc[0];
                }
            });
        }
        Object it = Iter.iter(t, b[0]);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            acc[0] = add(t, acc[0], v);
        }
        return site.returned(t, acc[0]);
    }

    /** One step of sum(): ints and floats without the general operator when they can. */
    private static Object add(Fiber t, Object acc, Object v) {
        if (acc instanceof Long x && v instanceof Long y) {
            long s = x + y;
            if (((x ^ s) & (y ^ s)) >= 0) {
                return s;
            }
        }
        if (acc instanceof Double x && v instanceof Double y) {
            return x + y;
        }
        return Ops.binary(t, Ops.ADD, acc, v);
    }

    /** any() and all(): stop at the first item that decides; a generator runs on the trampoline. */
    private static Step anyAll(String name, Fiber t, CallSite site, Object[] args, String[] kw,
            boolean any) {
        Sig.exactly(name, args, kw, 1);
        if (args[0] instanceof WeftGenerator g && !g.isAsync()) {
            boolean[] decided = {false};
            return GeneratorDrain.start(t, site, g, new GeneratorDrain.Sink() {
                @Override
                public boolean accept(Fiber f, Object item) {
                    decided[0] = Truth.isTrue(f, item) == any;
                    return !decided[0];
                }

                @Override
                public Object finish(Fiber f) {
                    return decided[0] == any;
                }
            });
        }
        Object it = Iter.iter(t, args[0]);
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            if (Truth.isTrue(t, v) == any) {
                return site.returned(t, any);
            }
        }
        return site.returned(t, !any);
    }
}
