// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.CpsCode;
import dev.weft.runtime.Errors;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.Truth;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.sched.sync.Queues;
import dev.weft.sched.sync.Waiters;
import java.util.ArrayDeque;

/**
 * {@code _queue.SimpleQueue}: an unbounded FIFO queue without task tracking; put() never waits,
 * get() parks the calling thread until an item arrives (or its timeout passes).
 */
final class SimpleQueue implements WeftObject {
    static final WeftType TYPE = JavaClass.make("_queue", "SimpleQueue", Types.OBJECT);

    private static final Params NEW = Params.clinic("SimpleQueue()");
    private static final Params GET = Params.clinic("get(block=, timeout=)");
    private static final Params PUT = Params.clinic("put(item, block=, timeout=)");
    private static final Params PUT_NOWAIT = Params.clinic("put_nowait(item)");

    static {
        JavaClass.constructor(TYPE, (t, a, k) -> {
            if (a.length > 1) {
                throw Errors.typeError("SimpleQueue() takes no positional arguments");
            }
            NEW.bind(new Object[0], k);
            return new SimpleQueue((WeftType) a[0]);
        });
        waiting("get", (t, site, a, k) -> {
            Object[] b = GET.bind(rest(a), k);
            boolean block = b[0] == null || Truth.isTrue(t, b[0]);
            return self(a).get(t, site, block, b[1] == null ? WeftNone.NONE : b[1]);
        });
        method("get_nowait", (t, a, k) -> {
            Params.clinic("get_nowait()").bind(rest(a), k);
            return self(a).take();
        });
        method("put", (t, a, k) -> {
            Object[] b = PUT.bind(rest(a), k);
            self(a).put(b[0]);
            return WeftNone.NONE;
        });
        method("put_nowait", (t, a, k) -> {
            self(a).put(PUT_NOWAIT.bind(rest(a), k)[0]);
            return WeftNone.NONE;
        });
        method("empty", (t, a, k) -> self(a).items.isEmpty());
        method("qsize", (t, a, k) -> (long) self(a).items.size());
    }

    private final WeftType type;
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final Waiters getters = new Waiters();

    private SimpleQueue(WeftType type) {
        this.type = type;
    }

    @Override
    public WeftType type() {
        return type;
    }

    private void put(Object item) {
        Waiters.Waiter w = getters.take();
        if (w != null) {
            w.task.wakeWith(new Delivered(item));
        } else {
            items.addLast(item);
        }
    }

    private Object take() {
        if (items.isEmpty()) {
            throw new WeftError(Queues.EMPTY, WeftTuple.EMPTY);
        }
        return items.pollFirst();
    }

    private Step get(Fiber t, CallSite site, boolean block, Object timeout) {
        if (!items.isEmpty() || !block) {
            return site.returned(t, take());
        }
        if (timeout != WeftNone.NONE && Args.toDouble(t, timeout) < 0) {
            throw Errors.valueError("'timeout' must be a non-negative number");
        }
        return getters.park(t, new Unwrap(site), "SimpleQueue.get() on an empty queue", null,
                timeout, () -> new WeftError(Queues.EMPTY, WeftTuple.EMPTY));
    }

    /** An item handed straight to a waiting getter (told apart from a timeout's value). */
    private record Delivered(Object item) {}

    /** Where a parked get() hears of its item. */
    private static final class Unwrap extends dev.weft.cps.RelaySite {
        Unwrap(CallSite site) {
            super(site);
        }

        @Override
        public Step returned(Fiber t, Object value) {
            return site.returned(t, ((Delivered) value).item());
        }
    }

    private static Object[] rest(Object[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    private static SimpleQueue self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof SimpleQueue q)) {
            throw Errors.typeError("descriptor requires a '_queue.SimpleQueue' object");
        }
        return q;
    }

    private static void method(String name, NativeCode code) {
        JavaClass.method(TYPE, name, code);
    }

    private static void waiting(String name, CpsCode code) {
        TYPE.define(name, WeftBuiltin.cpsMethod(name, code).suspending().ownedBy(TYPE));
    }
}
