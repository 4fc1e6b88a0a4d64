// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import dev.weft.sched.io.IoWait;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * The socket operations that may wait: accept, connect, send, recv and their variants. Each is
 * a non-blocking attempt that {@link IoWait} repeats whenever the channel becomes ready. A
 * blocking socket parks its task until then (or its timeout, {@code TimeoutError('timed
 * out')}); a non-blocking one raises {@code BlockingIOError} instead of waiting.
 */
final class SocketIo {
    private SocketIo() {}

    /** The most a stream read asks the kernel for at once (recv(10**9) must not allocate 1 GB). */
    private static final int MAX_READ = 1 << 20;
    private static final int MAX_DATAGRAM = 65536;
    static final int MSG_PEEK = 2;

    private static final byte[] EMPTY = new byte[0];

    /** Runs {@code attempt}, waiting for {@code ops} as the socket's timeout allows. */
    private static Step wait(Fiber t, CallSite site, WeftSocket s, int ops, String what,
            IoWait.Attempt attempt) {
        if (s.timeout == 0) {
            Object r = attempt.run();
            if (r == null) {
                throw WeftSocket.wouldBlock();
            }
            return site.returned(t, r);
        }
        return IoWait.perform(t, site, s.reg, ops, s.deadline(), what, SocketErrors::timeout,
                attempt);
    }

    static Step accept(Fiber t, CallSite site, WeftSocket s) {
        if (!(s.channel() instanceof ServerSocketChannel)) {
            throw SocketErrors.os(SocketErrors.EINVAL);
        }
        return wait(t, site, s, SelectionKey.OP_ACCEPT, "socket.accept()", () -> {
            try {
                SocketChannel c = ((ServerSocketChannel) s.channel()).accept();
                if (c == null) {
                    return null;
                }
                WeftSocket conn = new WeftSocket(SocketType.SOCKET);
                conn.adopt(t, s.family, c, SocketModule.defaultTimeout(t));
                conn.options.inheritFrom(s.options);
                return WeftTuple.of(conn, Addresses.format(c.getRemoteAddress()));
            } catch (IOException e) {
                throw SocketErrors.ofRead(e);
            }
        });
    }

    /** connect(address); with {@code ex}, connect_ex: the errno instead of an exception. */
    static Step connect(Fiber t, CallSite site, WeftSocket s, Object addr, boolean ex) {
        // a failed lookup raises gaierror even from connect_ex, as in CPython
        Addresses.Unresolved where = Addresses.check(t, s.family, addr, "connect");
        return Dns.address(t, site, where, "connect", (f, back, sa) -> connect(f, back, s, sa,
                ex));
    }

    private static Step connect(Fiber t, CallSite site, WeftSocket s, SocketAddress sa,
            boolean ex) {
        try {
            Object done = startConnect(s, sa);
            if (done != null) {
                return site.returned(t, ex ? (Object) 0L : WeftNone.NONE);
            }
        } catch (WeftError e) {
            if (ex && e instanceof dev.weft.runtime.WeftOsError os && os.errno instanceof Long n) {
                return site.returned(t, n);
            }
            throw e;
        }
        if (s.timeout == 0) {
            if (ex) {
                return site.returned(t, (long) SocketErrors.EINPROGRESS);
            }
            throw SocketErrors.os(SocketErrors.EINPROGRESS);
        }
        // connect_ex reports a timeout as EWOULDBLOCK, as CPython's does
        return IoWait.perform(t, site, s.reg, SelectionKey.OP_CONNECT, s.deadline(),
                "socket.connect()", ex ? () -> (long) SocketErrors.EAGAIN : SocketErrors::timeout,
                () -> finishConnect(s, ex));
    }

    /** Starts connecting: a non-null result when it is already done. */
    private static Object startConnect(WeftSocket s, SocketAddress sa) {
        NetworkChannel ch = s.channel();
        try {
            if (ch instanceof DatagramChannel dc) {
                if (dc.isConnected()) {
                    dc.disconnect();
                }
                dc.connect(sa);
                return WeftNone.NONE;
            }
            if (ch instanceof ServerSocketChannel) {
                throw SocketErrors.os(SocketErrors.EISCONN);
            }
            SocketChannel sc = (SocketChannel) ch;
            if (s.connecting) {
                if (!sc.finishConnect()) {
                    throw SocketErrors.os(SocketErrors.EALREADY);
                }
                s.connecting = false;
                throw SocketErrors.os(SocketErrors.EISCONN);
            }
            if (sc.isConnected()) {
                throw SocketErrors.os(SocketErrors.EISCONN);
            }
            if (sc.connect(sa)) {
                return WeftNone.NONE;
            }
            s.connecting = true;
            return null;
        } catch (IOException e) {
            s.connecting = false;
            throw SocketErrors.of(e, SocketErrors.ENOTCONN);
        }
    }

    private static Object finishConnect(WeftSocket s, boolean ex) {
        try {
            if (!((SocketChannel) s.channel()).finishConnect()) {
                return null;
            }
            s.connecting = false;
            return ex ? (Object) 0L : WeftNone.NONE;
        } catch (IOException e) {
            s.connecting = false;
            WeftError err = SocketErrors.of(e, SocketErrors.ENOTCONN);
            if (ex && err instanceof dev.weft.runtime.WeftOsError os && os.errno instanceof Long n) {
                return n;
            }
            throw err;
        }
    }

    // ---- sending ----------------------------------------------------------------------------

    /** send(data): how many bytes went; sendall(data): None once every byte has gone. */
    static Step send(Fiber t, CallSite site, WeftSocket s, byte[] data, boolean all) {
        ByteBuffer buf = ByteBuffer.wrap(data);
        return wait(t, site, s, SelectionKey.OP_WRITE, all ? "socket.sendall()"
                : "socket.send()", () -> {
                    int n = write(s, buf);
                    if (all) {
                        return buf.hasRemaining() ? null : WeftNone.NONE;
                    }
                    return n == 0 && data.length > 0 ? null : (Object) (long) n;
                });
    }

    private static int write(WeftSocket s, ByteBuffer buf) {
        NetworkChannel ch = s.channel();
        try {
            if (ch instanceof SocketChannel sc) {
                return sc.write(buf);
            }
            if (ch instanceof DatagramChannel dc) {
                if (!dc.isConnected()) {
                    throw SocketErrors.os(89);
                }
                return dc.write(buf);
            }
            throw SocketErrors.os(SocketErrors.EPIPE);
        } catch (IOException | java.nio.channels.NotYetConnectedException e) {
            throw SocketErrors.of(e, SocketErrors.EPIPE);
        }
    }

    static Step sendto(Fiber t, CallSite site, WeftSocket s, byte[] data, Object addr) {
        NetworkChannel ch = s.channel();
        if (!(ch instanceof DatagramChannel dc)) {
            throw SocketErrors.os(ch instanceof SocketChannel sc && sc.isConnected()
                    ? SocketErrors.EISCONN : SocketErrors.EPIPE);
        }
        Addresses.Unresolved where = Addresses.check(t, s.family, addr, "sendto");
        return Dns.address(t, site, where, "sendto", (f, back, sa) -> sendto(f, back, s, dc,
                data, sa));
    }

    private static Step sendto(Fiber t, CallSite site, WeftSocket s, DatagramChannel dc,
            byte[] data, SocketAddress sa) {
        ByteBuffer buf = ByteBuffer.wrap(data);
        return wait(t, site, s, SelectionKey.OP_WRITE, "socket.sendto()", () -> {
            try {
                int n = dc.send(buf, sa);
                return n == 0 && data.length > 0 ? null : (Object) (long) n;
            } catch (IOException e) {
                throw SocketErrors.of(e, SocketErrors.EPIPE);
            }
        });
    }

    // ---- receiving --------------------------------------------------------------------------

    /** recv(n, flags), or with {@code from} recvfrom: (data, address). */
    static Step recv(Fiber t, CallSite site, WeftSocket s, int n, int flags, boolean from) {
        boolean peek = (flags & MSG_PEEK) != 0;
        return wait(t, site, s, SelectionKey.OP_READ, from ? "socket.recvfrom()"
                : "socket.recv()", () -> {
                    Object[] addr = {WeftNone.NONE};
                    byte[] got = read(s, n, peek, addr);
                    if (got == null) {
                        return null;
                    }
                    WeftBytes b = new WeftBytes(got);
                    return from ? WeftTuple.of(b, addr[0]) : b;
                });
    }

    /** recv_into(buffer, nbytes): bytes read straight into a bytearray. */
    static Step recvInto(Fiber t, CallSite site, WeftSocket s, WeftBytes buffer, int n,
            int flags, boolean from) {
        boolean peek = (flags & MSG_PEEK) != 0;
        return wait(t, site, s, SelectionKey.OP_READ, "socket.recv_into()", () -> {
            Object[] addr = {WeftNone.NONE};
            byte[] got = read(s, n, peek, addr);
            if (got == null) {
                return null;
            }
            System.arraycopy(got, 0, buffer.data(), 0, got.length);
            return from ? WeftTuple.of((long) got.length, addr[0]) : (Object) (long) got.length;
        });
    }

    /**
     * Reads at most {@code n} bytes: the bytes, empty at end of stream, or null when nothing is
     * there yet. A datagram's sender goes to {@code addr[0]}.
     */
    private static byte[] read(WeftSocket s, int n, boolean peek, Object[] addr) {
        if (s.peeked != null) {
            return fromPeeked(s, n, peek);
        }
        if (n == 0) {
            s.channel();
            return EMPTY;
        }
        NetworkChannel ch = s.channel();
        try {
            byte[] got;
            if (ch instanceof SocketChannel sc) {
                ByteBuffer buf = ByteBuffer.allocate(Math.min(n, MAX_READ));
                int r = sc.read(buf);
                if (r == 0) {
                    return null;
                }
                got = r < 0 ? EMPTY : Arrays.copyOf(buf.array(), r);
            } else if (ch instanceof DatagramChannel dc) {
                ByteBuffer buf = ByteBuffer.allocate(Math.min(n, MAX_DATAGRAM));
                SocketAddress from = dc.receive(buf);
                if (from == null) {
                    return null;
                }
                addr[0] = Addresses.format(from);
                got = Arrays.copyOf(buf.array(), buf.position());
            } else {
                throw SocketErrors.os(SocketErrors.ENOTCONN);
            }
            if (peek && got.length > 0) {
                s.peeked = got;
            }
            return got;
        } catch (IOException | java.nio.channels.NotYetConnectedException e) {
            throw SocketErrors.of(e, SocketErrors.ENOTCONN);
        }
    }

    private static byte[] fromPeeked(WeftSocket s, int n, boolean peek) {
        byte[] p = s.peeked;
        int k = Math.min(n, p.length);
        byte[] out = Arrays.copyOf(p, k);
        if (!peek) {
            s.peeked = k == p.length ? null : Arrays.copyOfRange(p, k, p.length);
        }
        return out;
    }

    /** shutdown(how): SHUT_RD, SHUT_WR or SHUT_RDWR. */
    static void shutdown(WeftSocket s, int how) {
        NetworkChannel ch = s.channel();
        if (how < 0 || how > 2) {
            throw SocketErrors.os(SocketErrors.EINVAL);
        }
        if (!(ch instanceof SocketChannel sc) || !sc.isConnected()) {
            throw SocketErrors.os(SocketErrors.ENOTCONN);
        }
        try {
            if (how != 1) {
                sc.shutdownInput();
            }
            if (how != 0) {
                sc.shutdownOutput();
            }
        } catch (IOException e) {
            throw SocketErrors.of(e, SocketErrors.ENOTCONN);
        }
    }
}
