// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.sync;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Compare;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Retry;
import java.util.ArrayList;
import java.util.List;

/**
 * Queue, LifoQueue and PriorityQueue (queue's and gevent.queue's semantics): get() waits while
 * empty, put() while full (maxsize > 0); items pass straight to a waiting getter; task_done()
 * and join() count unfinished items. The priority order is heapq's, so ties order as in CPython.
 */
public final class Queues implements WeftObject {
    public static final WeftType QUEUE = Sync.type("Queue");
    public static final WeftType LIFO = WeftType.builtin("LifoQueue", QUEUE);
    public static final WeftType PRIORITY = WeftType.builtin("PriorityQueue", QUEUE);
    /** queue.Empty and queue.Full. */
    public static final WeftType EMPTY = WeftType.builtin("Empty", ErrorTypes.EXCEPTION);
    public static final WeftType FULL = WeftType.builtin("Full", ErrorTypes.EXCEPTION);

    static {
        // The modules CPython defines them in, which their reprs show.
        EMPTY.setModule("_queue");
        FULL.setModule("queue");
        for (WeftType t : new WeftType[] {QUEUE, LIFO, PRIORITY}) {
            t.setModule("queue");
        }
        EMPTY.setFactory(ErrorTypes.EXCEPTION.factory());
        FULL.setFactory(ErrorTypes.EXCEPTION.factory());
        for (WeftType t : new WeftType[] {QUEUE, LIFO, PRIORITY}) {
            t.setFactory((f, type, a, k) -> {
                Object[] b = Sync.bind(type.name() + "(maxsize=)", a, k);
                return new Queues(type, b[0] == null ? 0 : Protocols.index(f, b[0]));
            });
        }
        Sync.waiting(QUEUE, "get", (t, site, a, k) -> {
            Object[] b = Sync.bind("get(self, block=, timeout=)", a, k);
            boolean block = b[1] == null || Truth.isTrue(t, b[1]);
            return ((Queues) b[0]).get(t, site, block, b[2]);
        });
        Sync.waiting(QUEUE, "put", (t, site, a, k) -> {
            Object[] b = Sync.bind("put(self, item, block=, timeout=)", a, k);
            boolean block = b[2] == null || Truth.isTrue(t, b[2]);
            return ((Queues) b[0]).put(t, site, b[1], block, b[3]);
        });
        Sync.method(QUEUE, "get_nowait", (t, a, k) -> self(a).takeOrThrow(t));
        Sync.method(QUEUE, "put_nowait", (t, a, k) -> {
            Sync.bind("put_nowait(self, item)", a, k);
            self(a).offerOrThrow(t, a[1]);
            return WeftNone.NONE;
        });
        Sync.method(QUEUE, "qsize", (t, a, k) -> (long) self(a).items.size());
        Sync.method(QUEUE, "empty", (t, a, k) -> self(a).items.isEmpty());
        Sync.method(QUEUE, "full", (t, a, k) -> self(a).isFull());
        Sync.method(QUEUE, "task_done", (t, a, k) -> {
            self(a).taskDone();
            return WeftNone.NONE;
        });
        Sync.waiting(QUEUE, "join", (t, site, a, k) -> {
            Queues q = self(a);
            if (q.unfinished == 0) {
                return site.returned(t, WeftNone.NONE);
            }
            return q.joiners.park(t, site, "Queue.join()", null, null, null);
        });
        QUEUE.define("maxsize", dev.weft.runtime.GetSet.readOnly("maxsize",
                (t, o) -> ((Queues) o).maxsize));
    }

    private final WeftType type;
    private final long maxsize;
    private final List<Object> items = new ArrayList<>();
    private final Waiters getters = new Waiters();
    private final Waiters putters = new Waiters();
    private final Waiters joiners = new Waiters();
    private long unfinished;

    private Queues(WeftType type, long maxsize) {
        this.type = type;
        this.maxsize = maxsize;
    }

    private static Queues self(Object[] a) {
        return Sync.self(a, Queues.class, "Queue");
    }

    @Override
    public WeftType type() {
        return type;
    }

    private boolean isFull() {
        return maxsize > 0 && items.size() >= maxsize;
    }

    /**
     * get(): while empty, wait to be woken by a put (then check again); take the item and wake
     * the next waiting putter. The same algorithm as asyncio.Queue, so orderings match.
     */
    Step get(Fiber t, CallSite site, boolean block, Object timeout) {
        if (!items.isEmpty()) {
            return site.returned(t, take(t));
        }
        if (!block) {
            throw new WeftError(EMPTY, WeftTuple.EMPTY);
        }
        return getters.park(t, new Retry(site, (f, s) -> get(f, s, true, WeftNone.NONE)),
                type.name() + ".get() on an empty queue", null, timeout,
                () -> new WeftError(EMPTY, WeftTuple.EMPTY));
    }

    /** put(): while full, wait to be woken by a get; then add and wake the next getter. */
    Step put(Fiber t, CallSite site, Object item, boolean block, Object timeout) {
        if (!isFull()) {
            add(t, item);
            return site.returned(t, WeftNone.NONE);
        }
        if (!block) {
            throw new WeftError(FULL, WeftTuple.EMPTY);
        }
        return putters.park(t, new Retry(site, (f, s) -> put(f, s, item, true, WeftNone.NONE)),
                type.name() + ".put() on a full queue", null, timeout,
                () -> new WeftError(FULL, WeftTuple.EMPTY));
    }

    private Object takeOrThrow(Fiber t) {
        if (items.isEmpty()) {
            throw new WeftError(EMPTY, WeftTuple.EMPTY);
        }
        return take(t);
    }

    private void offerOrThrow(Fiber t, Object item) {
        if (isFull()) {
            throw new WeftError(FULL, WeftTuple.EMPTY);
        }
        add(t, item);
    }

    private void add(Fiber t, Object item) {
        push(t, item);
        unfinished++;
        getters.wakeOne(WeftNone.NONE);
    }

    private Object take(Fiber t) {
        Object item = pop(t);
        putters.wakeOne(WeftNone.NONE);
        return item;
    }

    private void push(Fiber t, Object item) {
        items.add(item);
        if (type == PRIORITY) {
            siftDown(t, 0, items.size() - 1);
        }
    }

    private Object pop(Fiber t) {
        if (type == LIFO) {
            return items.remove(items.size() - 1);
        }
        if (type != PRIORITY) {
            return items.remove(0);
        }
        Object last = items.remove(items.size() - 1);
        if (items.isEmpty()) {
            return last;
        }
        Object top = items.get(0);
        items.set(0, last);
        siftUp(t, 0);
        return top;
    }

    /** heapq._siftdown. */
    private void siftDown(Fiber t, int start, int pos) {
        Object item = items.get(pos);
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            Object p = items.get(parent);
            if (Compare.test(t, Compare.LT, item, p)) {
                items.set(pos, p);
                pos = parent;
                continue;
            }
            break;
        }
        items.set(pos, item);
    }

    /** heapq._siftup. */
    private void siftUp(Fiber t, int pos) {
        int end = items.size();
        int start = pos;
        Object item = items.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !Compare.test(t, Compare.LT, items.get(child), items.get(right))) {
                child = right;
            }
            items.set(pos, items.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        items.set(pos, item);
        siftDown(t, start, pos);
    }

    private void taskDone() {
        if (unfinished <= 0) {
            throw Errors.valueError("task_done() called too many times");
        }
        if (--unfinished == 0) {
            joiners.wakeAll(WeftNone.NONE);
        }
    }
}
