// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * The IO half of an interpreter's scheduler: one NIO {@link Selector} for every socket of the
 * interpreter, driven by the scheduler thread. Tasks park on a channel's {@link Registration};
 * when the scheduler has nothing to run it waits here, in {@code select}, until a channel is
 * ready, the next timer is due, or another thread posts to the inbox (which wakes it). The
 * selector opens on first use, so an interpreter that never touches a socket pays nothing.
 *
 * <p>Sockets are held by the scheduler's {@link dev.weft.sched.Resources}, which closes them
 * when the interpreter ends. A second selector serves whole-interpreter blocking waits (an
 * unpatched socket in a gevent program, see {@link #isCooperative}).
 */
public final class Reactor {
    private Selector selector;
    /** Live watches: while any exists, a task waits on IO and the program is not deadlocked. */
    int watching;
    /** Live watches for a connect in progress: its outcome is on its way. */
    int connecting;
    /** Watches fired so far (poll() reports how many it fired). */
    long fired;
    /** Watches to fire at the next poll (their channel closed as they were made). */
    private final List<Runnable> deferred = new ArrayList<>();
    private final Descriptors descriptors = new Descriptors();
    /** The selector of whole-interpreter blocking waits, or null. */
    private volatile Selector blocking;
    private boolean cooperative = true;
    private boolean closed;

    /** Makes {@code channel} non-blocking and known to the reactor. */
    public Registration register(SelectableChannel channel) {
        try {
            channel.configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Registration(this, channel);
    }

    Selector selector() throws IOException {
        if (selector == null) {
            if (closed) {
                throw new java.nio.channels.ClosedSelectorException();
            }
            selector = Selector.open();
        }
        return selector;
    }

    /** True once the selector is open: idle waits then happen in select. */
    public boolean isActive() {
        return selector != null;
    }

    /** True while some task waits for a channel (not a deadlock; virtual time must not jump). */
    public boolean isWaiting() {
        return watching > 0 || !deferred.isEmpty();
    }

    void later(Runnable r) {
        deferred.add(r);
    }

    /** True while a connect is in progress: its outcome will come without any task acting. */
    public boolean isConnecting() {
        return connecting > 0;
    }

    /**
     * Before a virtual clock jumps: whether any watch fires now or within a moment (data a
     * task just wrote to another socket of the interpreter is normally readable at once; the
     * moment covers the kernel delivering it late under load).
     */
    public boolean settle() {
        if (poll(0) > 0) {
            return true;
        }
        java.util.concurrent.locks.LockSupport.parkNanos(SETTLE_NANOS);
        return poll(0) > 0;
    }

    private static final long SETTLE_NANOS = 100_000;

    /**
     * Waits up to {@code nanos} (forever when {@code Long.MAX_VALUE}, not at all when 0) for a
     * channel to become ready, then fires the watches of every ready channel. Returns how
     * many watches fired.
     */
    public int poll(long nanos) {
        long before = fired;
        try {
            if (!deferred.isEmpty()) {
                nanos = 0;
            }
            if (selector == null) {
                // nothing registered yet
            } else if (nanos <= 0) {
                selector.selectNow(this::dispatch);
            } else {
                long millis = nanos == Long.MAX_VALUE ? 0 : Math.max(1, nanos / 1_000_000);
                selector.select(this::dispatch, millis);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!deferred.isEmpty()) {
            List<Runnable> now = new ArrayList<>(deferred);
            deferred.clear();
            fired += now.size();
            now.forEach(Runnable::run);
        }
        return (int) (fired - before);
    }

    private void dispatch(SelectionKey key) {
        if (key.isValid() && key.attachment() instanceof Registration r) {
            r.dispatch(key.readyOps());
        }
    }

    /** Interrupts a wait in {@link #poll} or {@link #block} (thread-safe). */
    public void wakeup() {
        Selector s = selector;
        if (s != null) {
            s.wakeup();
        }
        Selector b = blocking;
        if (b != null) {
            b.wakeup();
        }
    }

    // ---- whole-interpreter blocking waits ---------------------------------------------------

    /**
     * Whether socket operations park only their task (the default) or block the whole
     * interpreter, as an unpatched socket does under gevent (behaviour S7): the gevent module
     * turns this off and {@code monkey.patch_socket()} back on.
     */
    public boolean isCooperative() {
        return cooperative;
    }

    public void setCooperative(boolean on) {
        this.cooperative = on;
    }

    /**
     * Blocks the scheduler thread until {@code reg}'s channel is ready for {@code ops}, for at
     * most {@code nanos} (negative: no limit). False when the time ran out or {@link #wakeup}
     * was called (Ctrl-C): the caller checks which, and may call again.
     */
    public boolean block(Registration reg, int ops, long nanos) {
        try {
            Selector b = blocking;
            if (b == null) {
                b = Selector.open();
                blocking = b;
            }
            if (reg.blockingKey == null) {
                reg.blockingKey = reg.channel.register(b, ops);
            } else {
                reg.blockingKey.interestOps(ops);
            }
            long millis = nanos < 0 ? 0 : Math.max(1, (nanos + 999_999) / 1_000_000);
            int n = b.select(millis);
            b.selectedKeys().clear();
            return n > 0;
        } catch (java.nio.channels.ClosedChannelException
                | java.nio.channels.CancelledKeyException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- channels and descriptors -----------------------------------------------------------

    /** The interpreter's file descriptor numbers (fileno()). */
    public Descriptors descriptors() {
        return descriptors;
    }

    /**
     * Closes the selectors (which completes the closes the JDK defers while a channel is
     * registered) once the interpreter's resources, its sockets among them, are closed.
     */
    public void close() {
        closed = true;
        closeQuietly(selector);
        closeQuietly(blocking);
        selector = null;
        blocking = null;
        deferred.clear();
        watching = 0;
        connecting = 0;
    }

    private static void closeQuietly(Selector s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }
}
