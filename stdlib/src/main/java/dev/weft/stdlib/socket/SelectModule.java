// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.RelaySite;
import dev.weft.cps.Step;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.Iter;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.sched.Task;
import dev.weft.sched.Timer;
import dev.weft.sched.Wait;
import dev.weft.sched.io.Reactor;
import dev.weft.sched.io.Watch;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The {@code _select} module: select.select() over sockets. Each socket asked about gets a
 * watch on the interpreter's reactor; the calling task parks until one fires (or the timeout
 * passes) and then reports every one that has fired. Other tasks run meanwhile. The rest of
 * {@code select} (poll objects) is written in Weft on top of it.
 */
public final class SelectModule {
    private SelectModule() {}

    public static void populate(Interpreter interp, WeftModule m) {
        m.dict().putStr("error", ErrorTypes.OS_ERROR);
        m.dict().putStr("select", WeftBuiltin.cpsFunction("select",
                (t, site, a, k) -> select(t, site, a, k, true)).suspending());
        // poll objects and selectors have no FD_SETSIZE limit
        m.dict().putStr("_wait", WeftBuiltin.cpsFunction("_wait",
                (t, site, a, k) -> select(t, site, a, k, false)).suspending());
    }

    /** One object asked about: where it goes in the answer, and its watch. */
    private static final class Entry {
        final Object obj;
        final int list;
        Watch watch;
        boolean ready;

        Entry(Object obj, int list) {
            this.obj = obj;
            this.list = list;
        }
    }

    private static Step select(Fiber t, CallSite site, Object[] a, String[] k,
            boolean fdSetSize) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("select.select() takes no keyword arguments");
        }
        if (a.length < 3 || a.length > 4) {
            throw Errors.typeError("select expected " + (a.length < 3 ? "at least 3" : "at most 4")
                    + " arguments, got " + a.length);
        }
        long nanos = SocketMethods.nanos(a.length == 4 ? a[3] : WeftNone.NONE,
                "timeout must be a float or None", "timeout must be non-negative");
        Object[][] lists = {Iter.toArray(t, a[0]), Iter.toArray(t, a[1]), Iter.toArray(t, a[2])};
        Query q = new Query(t, lists, fdSetSize);
        q.watchAll();
        Reactor reactor = t.interp.scheduler().reactor();
        if (q.entries.length > 0) {
            reactor.poll(0);
        }
        if (q.anyReady() || nanos == 0) {
            return site.returned(t, q.answer());
        }
        if (!reactor.isCooperative()) {
            return site.returned(t, q.blockAll(reactor, nanos));
        }
        return q.park(site, nanos);
    }

    /** The state of one select() call. */
    private static final class Query {
        private final Fiber fiber;
        final Entry[] entries;
        private final Object[][] lists;
        private Task task;
        private Timer timer;
        private boolean woken;

        private final boolean fdSetSize;

        Query(Fiber t, Object[][] lists, boolean fdSetSize) {
            this.fiber = t;
            this.fdSetSize = fdSetSize;
            this.lists = lists;
            int n = lists[0].length + lists[1].length + lists[2].length;
            entries = new Entry[n];
            int i = 0;
            for (int l = 0; l < 3; l++) {
                for (Object o : lists[l]) {
                    entries[i++] = new Entry(o, l);
                }
            }
        }

        void watchAll() {
            for (Entry e : entries) {
                WeftSocket s = socketOf(fiber, e.obj, fdSetSize);
                if (e.list == 2) {
                    continue; // no out-of-band data through the JDK: never exceptional
                }
                if (e.list == 0 && s.peeked != null) {
                    e.ready = true;
                    continue;
                }
                int ops = e.list == 0 ? readOps(s) : writeOps(s);
                e.watch = s.reg.watch(ops, () -> fired(e));
            }
        }

        private static int readOps(WeftSocket s) {
            return s.channel instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT
                    : SelectionKey.OP_READ;
        }

        private static int writeOps(WeftSocket s) {
            return s.channel instanceof SocketChannel && s.connecting ? SelectionKey.OP_CONNECT
                    : SelectionKey.OP_WRITE;
        }

        private void fired(Entry e) {
            e.ready = true;
            if (task != null && !woken) {
                woken = true;
                if (timer != null) {
                    timer.cancel();
                }
                task.wakeWith(WeftNone.NONE);
            }
        }

        boolean anyReady() {
            for (Entry e : entries) {
                if (e.ready) {
                    return true;
                }
            }
            return false;
        }

        /** The three lists of ready objects; the other watches are withdrawn. */
        WeftTuple answer() {
            WeftList[] out = {new WeftList(), new WeftList(), new WeftList()};
            for (Entry e : entries) {
                if (e.watch != null) {
                    e.watch.cancel();
                }
                if (e.ready) {
                    out[e.list].add(e.obj);
                }
            }
            return WeftTuple.of(out[0], out[1], out[2]);
        }

        Step park(CallSite site, long nanos) {
            task = Task.of(fiber);
            if (nanos > 0) {
                timer = fiber.interp.scheduler().after(nanos / 1e9, () -> {
                    woken = true;
                    task.wakeWith(WeftNone.NONE);
                });
            }
            // waiting on nothing, for ever, is waiting for nothing that can happen
            boolean external = entries.length > 0 || nanos > 0;
            CallSite reply = new RelaySite(site) {
                @Override
                public Step returned(Fiber t, Object value) {
                    return site.returned(t, answer());
                }
            };
            return task.park(reply, new Wait("select.select()", fiber.frame.code, site.line,
                    external, () -> {
                        woken = true;
                        if (timer != null) {
                            timer.cancel();
                        }
                        answer();
                    }));
        }

        /** The unpatched-gevent rule: the whole interpreter waits in select. */
        WeftTuple blockAll(Reactor reactor, long nanos) {
            long start = System.nanoTime();
            while (!anyReady()) {
                Interpreter in = fiber.interp;
                if (in.interruptRequested && in.interruptTarget == fiber.task) {
                    in.interruptRequested = false;
                    in.interruptTarget = null;
                    answer();
                    throw new WeftError(ErrorTypes.KEYBOARD_INTERRUPT, WeftTuple.EMPTY);
                }
                long left = nanos < 0 ? Long.MAX_VALUE : nanos - (System.nanoTime() - start);
                if (left <= 0) {
                    break;
                }
                reactor.poll(left);
            }
            return answer();
        }
    }

    /** The socket behind a select() argument: a descriptor number or an object's fileno(). */
    static WeftSocket socketOf(Fiber t, Object o, boolean fdSetSize) {
        Object fd = o;
        if (!IntOps.isInt(o)) {
            Object m = Attrs.lookup(t, o, "fileno");
            if (m == null) {
                throw Errors.typeError("argument must be an int, or have a fileno() method.");
            }
            fd = Calls.callDirect(t, m);
            if (!IntOps.isInt(fd)) {
                throw Errors.typeError("fileno() returned a non-integer");
            }
        }
        long n = IntOps.clampLong(fd);
        if (n < 0) {
            throw Errors.valueError("file descriptor cannot be a negative integer (" + n + ")");
        }
        if (fdSetSize && n >= 1024) {
            throw Errors.valueError("filedescriptor out of range in select()");
        }
        Object owner = t.interp.scheduler().reactor().descriptors().owner(n);
        if (!(owner instanceof WeftSocket s) || s.isClosed()) {
            throw SocketErrors.os(SocketErrors.EBADF);
        }
        return s;
    }
}
