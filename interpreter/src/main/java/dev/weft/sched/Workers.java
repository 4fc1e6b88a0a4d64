// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftError;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What exists only as blocking Java calls (the file system, DNS) runs here, on a bounded pool
 * of daemon threads, so that it suspends only the task that asked: the task parks, a worker
 * makes the call, and the outcome comes back through the scheduler's inbox. Work waiting for a
 * free worker queues in order. Threads start on demand and end when idle; closing the
 * interpreter stops them all.
 *
 * <p>Where the caller cannot suspend (outside a task, or in a nested run started from Java such
 * as a sort key or {@code __repr__}) the call runs at once on the calling thread instead, as
 * it would in CPython.
 */
public final class Workers {
    /** A blocking call: returns the value to deliver, or throws the WeftError to raise. */
    @FunctionalInterface
    public interface Call {
        Object run();
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int limit;
    private final String prefix = "weft-worker-" + POOLS.incrementAndGet() + "-";
    private ThreadPoolExecutor pool;

    /** A pool of at most {@code limit} threads. */
    Workers(int limit) {
        this.limit = limit;
    }

    /** The default bound: enough for a burst of file and DNS work, small enough to stay cheap. */
    static int defaultLimit() {
        return Math.min(64, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    }

    /** Whether the running code of {@code t} may park its task (else calls run inline). */
    public static boolean canSuspend(Fiber t) {
        return t.task != null && t.nativeDepth == 0
                && t.interp.scheduler().current() == t.task;
    }

    /**
     * Runs {@code op} on a worker while the calling task waits for {@code what} (shown by
     * :tasks and deadlock reports); its value or error arrives at {@code site}.
     */
    public Step call(Fiber t, CallSite site, String what, Call op) {
        return call(t, site, what, op, null);
    }

    /**
     * As {@link #call(Fiber, CallSite, String, Call)}; a value produced after the task stopped
     * waiting (it was cancelled) goes to {@code orphan}, which may release what it holds.
     */
    public Step call(Fiber t, CallSite site, String what, Call op, Consumer<Object> orphan) {
        if (!canSuspend(t)) {
            return inline(t, site, op);
        }
        Handoff.Parked p = Handoff.park(t, site, what, null, orphan);
        if (p.handoff() != null) {
            execute(p.handoff(), op);
        }
        return p.step();
    }

    private static Step inline(Fiber t, CallSite site, Call op) {
        Object v;
        try {
            v = op.run();
        } catch (WeftError e) {
            return t.raise(e, site);
        }
        return site.returned(t, v);
    }

    private void execute(Handoff h, Call op) {
        pool().execute(() -> {
            Object v;
            try {
                v = op.run();
            } catch (WeftError e) {
                h.fail(e);
                return;
            } catch (RuntimeException bug) {
                h.crash(bug);
                return;
            }
            h.succeed(v);
        });
    }

    /**
     * Parks the calling task until {@code future} completes (an HTTP exchange, a process exit):
     * {@code convert} turns its value into the script value delivered, {@code failure} its
     * exception into the error raised; both run on the scheduler thread. {@code cancel} runs if
     * the task stops waiting first. Where the caller cannot suspend, waits on this thread.
     */
    public static <T> Step await(Fiber t, CallSite site, String what, CompletableFuture<T> future,
            Function<T, Object> convert, Function<Throwable, WeftError> failure,
            Runnable cancel) {
        if (!canSuspend(t)) {
            return awaitInline(t, site, future, convert, failure);
        }
        Handoff.Parked p = Handoff.park(t, site, what, cancel, null);
        Handoff h = p.handoff();
        if (h != null) {
            future.whenComplete((v, e) -> h.deliver(() -> {
                if (e != null) {
                    throw failure.apply(unwrap(e));
                }
                return convert.apply(v);
            }));
        }
        return p.step();
    }

    private static <T> Step awaitInline(Fiber t, CallSite site, CompletableFuture<T> future,
            Function<T, Object> convert, Function<Throwable, WeftError> failure) {
        T v;
        try {
            v = future.get();
        } catch (ExecutionException e) {
            return t.raise(failure.apply(unwrap(e)), site);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return t.raise(failure.apply(e), site);
        }
        return site.returned(t, convert.apply(v));
    }

    private static Throwable unwrap(Throwable e) {
        while ((e instanceof java.util.concurrent.CompletionException
                || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private synchronized ThreadPoolExecutor pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            ThreadFactory threads = r -> {
                Thread th = new Thread(r, prefix + n.incrementAndGet());
                th.setDaemon(true);
                return th;
            };
            pool = new ThreadPoolExecutor(limit, limit, 10, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), threads);
            pool.allowCoreThreadTimeOut(true);
        }
        return pool;
    }

    public int limit() {
        return limit;
    }

    /** Worker threads are named with this prefix, one per interpreter. */
    String threadNamePrefix() {
        return prefix;
    }

    /**
     * Stops every worker: running calls are interrupted and queued ones dropped (their tasks
     * are gone with the interpreter). A later call starts a fresh pool.
     */
    synchronized void close() {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool = null;
    }
}
