// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.runtime.WeftBytes;
import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.NetworkChannel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * setsockopt/getsockopt: Linux's (level, option) numbers mapped to the JDK's socket options.
 * The options a script set are remembered, so they carry over when the socket moves to a
 * listening channel and on to the connections it accepts (Linux's accepted sockets inherit
 * the listener's options). An option the JDK cannot set on this kind of channel is kept and
 * reported back, not applied (IPV6_V6ONLY: the JDK's IPv6 sockets are always dual-stack).
 */
final class SocketOptions {
    static final int SOL_SOCKET = 1;
    static final int IPPROTO_IP = 0;
    static final int IPPROTO_TCP = 6;
    static final int IPPROTO_IPV6 = 41;

    static final int SO_REUSEADDR = 2;
    static final int SO_TYPE = 3;
    static final int SO_ERROR = 4;
    static final int SO_BROADCAST = 6;
    static final int SO_SNDBUF = 7;
    static final int SO_RCVBUF = 8;
    static final int SO_KEEPALIVE = 9;
    static final int SO_LINGER = 13;
    static final int SO_REUSEPORT = 15;
    static final int SO_ACCEPTCONN = 30;
    static final int SO_PROTOCOL = 38;
    static final int SO_DOMAIN = 39;
    static final int TCP_NODELAY = 1;
    static final int TCP_KEEPIDLE = 4;
    static final int TCP_KEEPINTVL = 5;
    static final int TCP_KEEPCNT = 6;
    static final int IP_TOS = 1;
    static final int IP_MULTICAST_TTL = 33;
    static final int IP_MULTICAST_LOOP = 34;
    static final int IPV6_V6ONLY = 26;

    private final WeftSocket socket;
    /** What the script set, by (level, option), as the int it gave. */
    private final Map<Long, Long> set = new LinkedHashMap<>();

    SocketOptions(WeftSocket socket) {
        this.socket = socket;
    }

    private static long key(int level, int opt) {
        return (long) level << 32 | opt & 0xffffffffL;
    }

    /** The JDK option for (level, opt), or null when the JDK has none. */
    @SuppressWarnings("unchecked")
    static SocketOption<Object> jdk(int level, int opt) {
        SocketOption<?> o = null;
        if (level == SOL_SOCKET) {
            o = switch (opt) {
                case SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
                case SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
                case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
                case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
                case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
                case SO_LINGER -> StandardSocketOptions.SO_LINGER;
                case SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
                default -> null;
            };
        } else if (level == IPPROTO_TCP) {
            o = switch (opt) {
                case TCP_NODELAY -> StandardSocketOptions.TCP_NODELAY;
                case TCP_KEEPIDLE -> jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE;
                case TCP_KEEPINTVL -> jdk.net.ExtendedSocketOptions.TCP_KEEPINTERVAL;
                case TCP_KEEPCNT -> jdk.net.ExtendedSocketOptions.TCP_KEEPCOUNT;
                default -> null;
            };
        } else if (level == IPPROTO_IP) {
            o = switch (opt) {
                case IP_TOS -> StandardSocketOptions.IP_TOS;
                case IP_MULTICAST_TTL -> StandardSocketOptions.IP_MULTICAST_TTL;
                case IP_MULTICAST_LOOP -> StandardSocketOptions.IP_MULTICAST_LOOP;
                default -> null;
            };
        }
        return (SocketOption<Object>) o;
    }

    /** True for the options only ever read (SO_TYPE...) or only remembered (IPV6_V6ONLY). */
    private static boolean remembered(int level, int opt) {
        return level == IPPROTO_IPV6 && opt == IPV6_V6ONLY;
    }

    /** setsockopt(level, opt, value): value an int, or bytes for SO_LINGER's struct linger. */
    void set(int level, int opt, Object value) {
        long v = value instanceof WeftBytes b ? linger(b) : (Long) value;
        SocketOption<Object> o = jdk(level, opt);
        if (o == null && !remembered(level, opt)) {
            throw SocketErrors.os(92);
        }
        NetworkChannel ch = socket.channel();
        if (o != null && ch.supportedOptions().contains(o) && !alwaysReused(ch, o)) {
            try {
                ch.setOption(o, toJdk(o, v));
            } catch (IOException | IllegalArgumentException e) {
                throw SocketErrors.os(SocketErrors.EINVAL);
            }
        }
        set.put(key(level, opt), v);
    }

    /**
     * TCP sockets always reuse addresses (see {@link WeftSocket}): the script's choice is
     * remembered and reported, not applied.
     */
    private static boolean alwaysReused(NetworkChannel ch, SocketOption<Object> o) {
        return (Object) o == StandardSocketOptions.SO_REUSEADDR
                && !(ch instanceof java.nio.channels.DatagramChannel);
    }

    /** struct linger {int l_onoff; int l_linger;} in the machine's byte order. */
    private static long linger(WeftBytes b) {
        ByteBuffer buf = ByteBuffer.wrap(b.data()).order(ByteOrder.nativeOrder());
        if (b.length() < 8) {
            throw SocketErrors.os(SocketErrors.EINVAL);
        }
        int on = buf.getInt();
        int secs = buf.getInt();
        return on == 0 ? -1 : secs;
    }

    private static Object toJdk(SocketOption<Object> o, long v) {
        if ((Object) o.type() == Boolean.class) {
            return v != 0;
        }
        return (int) v;
    }

    /** getsockopt(level, opt[, buflen]): an int, or bytes when a buffer length is given. */
    Object get(int level, int opt, int buflen) {
        long v = value(level, opt);
        if (buflen <= 0) {
            return v;
        }
        ByteBuffer buf = ByteBuffer.allocate(Math.max(buflen, 8)).order(ByteOrder.nativeOrder());
        if (level == SOL_SOCKET && opt == SO_LINGER) {
            buf.putInt(v < 0 ? 0 : 1).putInt(v < 0 ? 0 : (int) v);
        } else {
            buf.putInt((int) v);
        }
        byte[] out = new byte[buflen];
        System.arraycopy(buf.array(), 0, out, 0, Math.min(buflen, buf.capacity()));
        return new WeftBytes(out);
    }

    private long value(int level, int opt) {
        NetworkChannel ch = socket.channel();
        if (level == SOL_SOCKET) {
            switch (opt) {
                case SO_TYPE: return socket.kind;
                case SO_ERROR: return 0;
                case SO_ACCEPTCONN: return ch instanceof java.nio.channels.ServerSocketChannel
                        ? 1 : 0;
                case SO_PROTOCOL: return socket.proto != 0 || socket.family == Addresses.AF_UNIX
                        ? socket.proto : socket.kind == WeftSocket.SOCK_STREAM ? 6 : 17;
                case SO_DOMAIN: return socket.family;
                case SO_REUSEADDR: return set.getOrDefault(key(level, opt), 0L) != 0 ? 1 : 0;
                default: break;
            }
        }
        SocketOption<Object> o = jdk(level, opt);
        if (o != null && ch.supportedOptions().contains(o)) {
            try {
                Object r = ch.getOption(o);
                return r instanceof Boolean b ? (b ? 1 : 0) : ((Integer) r).longValue();
            } catch (IOException e) {
                throw SocketErrors.of(e, SocketErrors.EINVAL);
            }
        }
        if (o == null && !remembered(level, opt)) {
            throw SocketErrors.os(92);
        }
        return set.getOrDefault(key(level, opt), 0L);
    }

    /** Sets the remembered options on {@code ch} (a new listening or accepted channel). */
    void replayOn(NetworkChannel ch) throws IOException {
        for (Map.Entry<Long, Long> e : set.entrySet()) {
            SocketOption<Object> o = jdk((int) (e.getKey() >> 32), (int) (long) e.getKey());
            if (o != null && ch.supportedOptions().contains(o) && !alwaysReused(ch, o)) {
                ch.setOption(o, toJdk(o, e.getValue()));
            }
        }
    }

    /** Copies the listener's remembered options to an accepted connection's socket. */
    void inheritFrom(SocketOptions listener) throws IOException {
        set.putAll(listener.set);
        replayOn(socket.channel());
    }
}
