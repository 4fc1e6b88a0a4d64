// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import java.util.function.Function;

/**
 * A builtin consuming a generator on the trampoline (list(g), sum(g), sorted(g)...), one item
 * per resumption, so that the generator may wait between items as it may under a for loop.
 * Stepped from Java instead, its first wait would have to be refused.
 */
public final class GeneratorDrain extends dev.weft.cps.RelaySite {
    /** What the builtin does with the items. */
    public interface Sink {
        /** Takes one item; false to stop early (the generator stays suspended, as in any()). */
        boolean accept(Fiber t, Object item);

        /** The builtin's result, once the generator is exhausted or the sink has stopped. */
        Object finish(Fiber t);
    }

    /**
     * What the compiler calls on each {@code *x} of a display ({@code [*g]}, {@code (*g,)},
     * {@code {*g}}): a generator is collected here, on the trampoline, into a list the display
     * then unpacks; anything else passes through unchanged.
     */
    public static final WeftBuiltin UNPACK = WeftBuiltin.cpsFunction("unpack",
            (t, site, a, k) -> a[0] instanceof WeftGenerator g && !g.isAsync()
                    ? collect(t, site, g, items -> items) : site.returned(t, a[0]));

    private final WeftGenerator generator;
    private final Sink sink;

    private GeneratorDrain(WeftGenerator generator, Sink sink, CallSite site) {
        super(site);
        this.generator = generator;
        this.sink = sink;
    }

    /** Feeds {@code g}'s items to {@code sink}; {@code site} hears the sink's result. */
    public static Step start(Fiber t, CallSite site, WeftGenerator g, Sink sink) {
        return g.resume(t, new GeneratorDrain(g, sink, site), WeftNone.NONE, null);
    }

    /** Collects {@code g}'s items into a list; {@code site} hears {@code then} of that list. */
    public static Step collect(Fiber t, CallSite site, WeftGenerator g,
            Function<WeftList, Object> then) {
        WeftList items = new WeftList();
        return start(t, site, g, new Sink() {
            @Override
            public boolean accept(Fiber f, Object item) {
                items.add(item);
                return true;
            }

            @Override
            public Object finish(Fiber f) {
                return then.apply(items);
            }
        });
    }

    /** The generator yielded an item. */
    @Override
    public Step returned(Fiber t, Object item) {
        boolean more;
        try {
            more = sink.accept(t, item);
        } catch (WeftError e) {
            return t.raise(e, this);
        }
        return more ? generator.resume(t, this, WeftNone.NONE, null) : exhausted(t, item);
    }

    @Override
    public Step exhausted(Fiber t, Object value) {
        Object result;
        try {
            result = sink.finish(t);
        } catch (WeftError e) {
            return t.raise(e, this);
        }
        return site.returned(t, result);
    }
}
