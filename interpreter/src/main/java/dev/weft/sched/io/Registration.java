// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.io;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;

/**
 * A non-blocking channel known to the reactor, and the watches parked on it. The selection key
 * is made on the first watch and kept while the channel is open. Its interest set shrinks
 * lazily: an operation that fired for a waiter stays of interest (the waiter usually comes back
 * for more, as an echo loop does), so the steady state costs no epoll_ctl call; one that fires
 * with nobody waiting is dropped then.
 */
public final class Registration {
    final Reactor reactor;
    final SelectableChannel channel;
    private SelectionKey key;
    /** The key in the reactor's blocking selector (whole-interpreter waits), or null. */
    SelectionKey blockingKey;
    private Watch first;

    Registration(Reactor reactor, SelectableChannel channel) {
        this.reactor = reactor;
        this.channel = channel;
    }

    public SelectableChannel channel() {
        return channel;
    }

    /**
     * Calls {@code ready} on the scheduler thread once the channel is ready for one of
     * {@code ops} (or is closed). Returns the watch, to cancel.
     */
    public Watch watch(int ops, Runnable ready) {
        Watch w = new Watch(this, ops, ready);
        w.next = first;
        first = w;
        reactor.watching++;
        if ((ops & SelectionKey.OP_CONNECT) != 0) {
            reactor.connecting++;
        }
        try {
            if (key == null) {
                key = channel.register(reactor.selector(), ops, this);
            } else if ((key.interestOps() & ops) != ops) {
                key.interestOps(key.interestOps() | ops);
            }
        } catch (ClosedChannelException | java.nio.channels.CancelledKeyException e) {
            // closed under us: the watch fires at once and the retried operation reports it
            reactor.later(this::wakeAll);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w;
    }

    void remove(Watch w) {
        Watch prev = null;
        for (Watch x = first; x != null; prev = x, x = x.next) {
            if (x == w) {
                if (prev == null) {
                    first = x.next;
                } else {
                    prev.next = x.next;
                }
                reactor.watching--;
                if ((w.ops & SelectionKey.OP_CONNECT) != 0) {
                    reactor.connecting--;
                }
                return;
            }
        }
    }

    /** The selector says the channel is ready for {@code readyOps}: fire the matching watches. */
    void dispatch(int readyOps) {
        int served = 0;
        Watch w = first;
        while (w != null) {
            Watch next = w.next;
            if ((w.ops & readyOps) != 0) {
                served |= w.ops & readyOps;
                remove(w);
                reactor.fired++;
                w.fire();
            }
            w = next;
        }
        int idle = readyOps & ~served;
        if (idle != 0 && key != null && key.isValid()) {
            key.interestOps(key.interestOps() & ~idle | wanted());
        }
    }

    private int wanted() {
        int ops = 0;
        for (Watch w = first; w != null; w = w.next) {
            ops |= w.ops;
        }
        return ops;
    }

    /**
     * The channel is being closed: every watch fires, so the tasks parked on it retry and meet
     * the closed channel's error instead of waiting for ever.
     */
    public void wakeAll() {
        Watch w = first;
        while (w != null) {
            Watch next = w.next;
            remove(w);
            w.fire();
            w = next;
        }
    }

    /** True while some task waits on this channel. */
    public boolean hasWatches() {
        return first != null;
    }
}
