// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.cps.Fiber;
import dev.weft.runtime.HasDict;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;
import dev.weft.sched.Clock;
import dev.weft.sched.io.IoWait;
import dev.weft.sched.io.Reactor;
import dev.weft.sched.io.Registration;
import java.io.Closeable;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;

/**
 * A socket: a non-blocking JDK channel registered with the interpreter's reactor, and the
 * Python-level state around it (family, type, timeout, descriptor number).
 *
 * <p>A TCP socket starts as a {@link SocketChannel}; {@code listen()} moves it to a
 * {@link ServerSocketChannel} bound to the same address (the JDK has no bound-but-not-listening
 * server channel). Both are bound with SO_REUSEADDR, which lets the listening channel take the
 * port over from the merely bound one without a window in which another program could take it.
 */
final class WeftSocket implements WeftObject, HasDict, Closeable {
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_NONBLOCK = 2048;
    static final int SOCK_CLOEXEC = 524288;

    private final WeftType type;
    private WeftDict attrs;
    int family = Addresses.AF_INET;
    int kind = SOCK_STREAM;
    int proto;
    /** The timeout in nanoseconds: negative blocks without limit, 0 never waits. */
    long timeout = -1;
    int fd = -1;
    NetworkChannel channel;
    Registration reg;
    Reactor reactor;
    private dev.weft.sched.Resources resources;
    private Clock clock;
    final SocketOptions options = new SocketOptions(this);
    /** A non-blocking connect() was started and has not finished. */
    boolean connecting;
    /** Bytes read ahead by recv(n, MSG_PEEK), returned first by the next reads. */
    byte[] peeked;
    /** Open file objects from makefile(): the channel stays open until they are closed too. */
    int fileRefs;
    /** close() was called while files from makefile() were open. */
    boolean closeRequested;

    WeftSocket(WeftType type) {
        this.type = type;
    }

    @Override
    public WeftType type() {
        return type;
    }

    @Override
    public WeftDict dict() {
        if (attrs == null) {
            attrs = new WeftDict();
        }
        return attrs;
    }

    // ---- life -------------------------------------------------------------------------------

    /** Opens the channel: {@code socket(family, type, proto)}. */
    void open(Fiber t, int family, int kind, int proto, long timeout) {
        if (kind > 0 && (kind & SOCK_NONBLOCK) != 0) {
            timeout = 0;
        }
        kind = kind & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        ProtocolFamily pf = protocolFamily(family);
        try {
            if (kind == SOCK_STREAM) {
                channel = SocketChannel.open(pf);
            } else if (kind == SOCK_DGRAM && family != Addresses.AF_UNIX) {
                channel = DatagramChannel.open(pf);
            } else {
                throw SocketErrors.os(family == Addresses.AF_UNIX && kind == SOCK_DGRAM
                        ? 93 : SocketErrors.EINVAL);
            }
        } catch (UnsupportedOperationException e) {
            throw Addresses.unsupportedFamily();
        } catch (IOException e) {
            throw SocketErrors.of(e, SocketErrors.EINVAL);
        }
        this.family = family;
        this.kind = kind;
        this.proto = proto;
        this.timeout = timeout;
        attach(t);
    }

    /** A connected channel (from accept() or socketpair()) as a socket of its own. */
    void adopt(Fiber t, int family, SocketChannel connected, long timeout) {
        this.family = family;
        this.kind = SOCK_STREAM;
        this.channel = connected;
        this.timeout = timeout;
        attach(t);
    }

    private void attach(Fiber t) {
        reactor = t.interp.scheduler().reactor();
        clock = t.interp.scheduler().clock();
        reg = reactor.register((java.nio.channels.SelectableChannel) channel);
        fd = reactor.descriptors().allocate(this);
        resources = t.interp.scheduler().resources();
        resources.hold(this);
    }

    private static ProtocolFamily protocolFamily(int family) {
        return switch (family) {
            case Addresses.AF_INET -> StandardProtocolFamily.INET;
            case Addresses.AF_INET6 -> StandardProtocolFamily.INET6;
            case Addresses.AF_UNIX -> StandardProtocolFamily.UNIX;
            default -> throw Addresses.unsupportedFamily();
        };
    }

    boolean isClosed() {
        return channel == null;
    }

    /**
     * The script's close(): as in CPython, the channel really closes only once the file
     * objects made by makefile() are closed as well.
     */
    void closeByScript() {
        closeRequested = true;
        if (fileRefs == 0) {
            close();
        }
    }

    /** A makefile() file object was closed. */
    void fileClosed() {
        if (fileRefs > 0 && --fileRefs == 0 && closeRequested) {
            close();
        }
    }

    /**
     * Closes the channel and frees the descriptor number. Tasks parked on the socket wake and
     * meet "Bad file descriptor", as under gevent when another greenlet closes a socket.
     */
    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        NetworkChannel ch = channel;
        channel = null;
        try {
            ch.close();
        } catch (IOException e) {
            // the descriptor is released all the same
        }
        reactor.descriptors().release(fd);
        resources.forget(this);
        fd = -1;
        reg.wakeAll();
    }

    /** The open channel; "Bad file descriptor" once closed. */
    NetworkChannel channel() {
        if (channel == null) {
            throw SocketErrors.os(SocketErrors.EBADF);
        }
        return channel;
    }

    // ---- binding and listening --------------------------------------------------------------

    void bind(Fiber t, Object addr) {
        SocketAddress sa = Addresses.parse(t, family, addr, "bind");
        NetworkChannel ch = channel();
        try {
            if (ch instanceof SocketChannel && family != Addresses.AF_UNIX) {
                ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            ch.bind(sa);
        } catch (IOException e) {
            throw SocketErrors.of(e, SocketErrors.EINVAL);
        } catch (java.nio.channels.AlreadyBoundException e) {
            throw SocketErrors.os(SocketErrors.EINVAL);
        }
    }

    /** The accept queue is at least this long (programs' small backlogs drop connections). */
    static final int MIN_BACKLOG = 4096;

    void listen(int backlog) {
        NetworkChannel ch = channel();
        if (ch instanceof ServerSocketChannel) {
            return;
        }
        if (!(ch instanceof SocketChannel sc) || sc.isConnected() || connecting) {
            throw SocketErrors.os(SocketErrors.EINVAL);
        }
        try {
            SocketAddress local = sc.getLocalAddress();
            ServerSocketChannel server = ServerSocketChannel.open(protocolFamily(family));
            options.replayOn(server);
            if (family == Addresses.AF_UNIX) {
                // a path is taken over by removing it first; nothing else can take it over
                sc.close();
                if (local instanceof UnixDomainSocketAddress u && !u.getPath().toString()
                        .isEmpty()) {
                    Files.deleteIfExists(u.getPath());
                } else {
                    local = null;
                }
            } else {
                server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            server.bind(local, Math.max(backlog, MIN_BACKLOG));
            sc.close();
            replace(server);
        } catch (IOException e) {
            throw SocketErrors.of(e, SocketErrors.EINVAL);
        }
    }

    /** Moves the socket onto another channel, keeping its descriptor number. */
    private void replace(NetworkChannel ch) {
        channel = ch;
        reg = reactor.register((java.nio.channels.SelectableChannel) ch);
    }

    // ---- timeouts ---------------------------------------------------------------------------

    /** When an operation started now must give up (the interpreter's clock). */
    long deadline() {
        return timeout < 0 ? IoWait.NEVER : clock.nanos() + timeout;
    }

    /** A non-blocking socket's would-block error: BlockingIOError [Errno 11]. */
    static WeftError wouldBlock() {
        return SocketErrors.os(SocketErrors.EAGAIN);
    }
}
