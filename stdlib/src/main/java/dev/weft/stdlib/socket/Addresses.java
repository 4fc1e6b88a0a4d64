// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.cps.Fiber;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftTuple;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * Socket addresses between their Python form and the JDK's: {@code (host, port)} for AF_INET,
 * {@code (host, port, flowinfo, scope_id)} for AF_INET6, a path for AF_UNIX. Host names are
 * looked up as CPython looks them up ({@code ''} is any address, {@code '<broadcast>'} the
 * broadcast one); names that need the resolver are resolved by {@link Dns} first.
 */
final class Addresses {
    private Addresses() {}

    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;

    /**
     * An address checked for its shape but not yet looked up: the host still a name (a Unix
     * address is complete as it is).
     */
    record Unresolved(int family, String host, int port, SocketAddress complete) {
        /** Whether finding the address needs the resolver (which may block). */
        boolean needsLookup() {
            return complete == null && Dns.needsLookup(host);
        }

        /** The JDK address: looks the host up when it is a name. */
        SocketAddress resolve() {
            return complete != null ? complete : new InetSocketAddress(inet(family, host), port);
        }
    }

    /** The JDK address for {@code addr}, given for {@code op} ("bind", "connect"...). */
    static SocketAddress parse(Fiber t, int family, Object addr, String op) {
        return check(t, family, addr, op).resolve();
    }

    /** {@code addr} checked as {@code op} checks it, with CPython's errors. */
    static Unresolved check(Fiber t, int family, Object addr, String op) {
        if (family == AF_UNIX) {
            return new Unresolved(family, null, 0, UnixDomainSocketAddress.of(path(addr, op)));
        }
        if (!(addr instanceof WeftTuple tu)) {
            throw Errors.typeError(op + "(): " + familyName(family) + " address must be tuple,"
                    + " not " + Types.name(addr));
        }
        int max = family == AF_INET ? 2 : 4;
        if (tu.size() < 2 || tu.size() > max) {
            throw Errors.typeError(family == AF_INET ? "AF_INET address must be a pair (host,"
                    + " port)" : "AF_INET6 address must be a tuple (host, port[, flowinfo[,"
                    + " scopeid]])");
        }
        String host = host(tu.get(0));
        Object p = tu.get(1);
        if (!IntOps.isInt(p)) {
            throw Errors.typeError("'" + Types.name(p) + "' object cannot be interpreted as an"
                    + " integer");
        }
        long port = Protocols.index(t, p);
        if (port < 0 || port > 65535) {
            throw Errors.of(ErrorTypes.OVERFLOW_ERROR, op + "(): port must be 0-65535.");
        }
        return new Unresolved(family, host, (int) port, null);
    }

    /** The host part of an address: str, bytes or bytearray. */
    static String host(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof WeftBytes b) {
            return new String(b.data(), StandardCharsets.UTF_8);
        }
        throw Errors.typeError("str, bytes or bytearray expected, not " + Types.name(o));
    }

    private static String path(Object addr, String op) {
        if (addr instanceof String s) {
            return s;
        }
        if (addr instanceof WeftBytes b) {
            return new String(b.data(), StandardCharsets.UTF_8);
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Types.name(addr)
                + "'");
    }

    /** The address {@code host} names in {@code family}; gaierror when there is none. */
    static InetAddress inet(int family, String host) {
        try {
            if (host.isEmpty()) {
                return InetAddress.getByName(family == AF_INET ? "0.0.0.0" : "::");
            }
            if (host.equals("<broadcast>")) {
                return InetAddress.getByName("255.255.255.255");
            }
            InetAddress[] all = Dns.lookup(host);
            for (InetAddress a : all) {
                if (family == AF_INET ? a instanceof Inet4Address : a instanceof Inet6Address) {
                    return a;
                }
            }
            if (family == AF_INET6) {
                // IPv4 addresses as IPv4-mapped IPv6 (::ffff:a.b.c.d), as getaddrinfo gives them
                for (InetAddress a : all) {
                    byte[] v4 = a.getAddress();
                    byte[] v6 = new byte[16];
                    v6[10] = (byte) 0xff;
                    v6[11] = (byte) 0xff;
                    System.arraycopy(v4, 0, v6, 12, 4);
                    return Inet6Address.getByAddress(null, v6, null);
                }
            }
            throw SocketErrors.gai(-9, "Address family for hostname not supported");
        } catch (UnknownHostException e) {
            throw SocketErrors.lookupFailed(e);
        }
    }

    static boolean isNumeric(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
    }

    /** The Python form of a JDK address. */
    static Object format(SocketAddress a) {
        if (a == null) {
            return WeftNone.NONE;
        }
        if (a instanceof UnixDomainSocketAddress u) {
            return u.getPath().toString();
        }
        InetSocketAddress in = (InetSocketAddress) a;
        InetAddress ip = in.getAddress();
        if (ip instanceof Inet6Address v6) {
            return WeftTuple.of(ipv6(v6), (long) in.getPort(), 0L, (long) v6.getScopeId());
        }
        return WeftTuple.of(ip.getHostAddress(), (long) in.getPort());
    }

    /** An IPv6 address as inet_ntop writes it: the longest run of zero groups as {@code ::}. */
    static String ipv6(Inet6Address a) {
        byte[] b = a.getAddress();
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (b[2 * i] & 0xff) << 8 | b[2 * i + 1] & 0xff;
        }
        if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff) {
            return "::ffff:" + (b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "."
                    + (b[15] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            sb.append(Integer.toHexString(g[i]));
            if (i < 7) {
                sb.append(':');
            }
        }
        return sb.toString();
    }

    static String familyName(int family) {
        return switch (family) {
            case AF_INET -> "AF_INET";
            case AF_INET6 -> "AF_INET6";
            case AF_UNIX -> "AF_UNIX";
            default -> "family " + family;
        };
    }

    static WeftError unsupportedFamily() {
        return SocketErrors.os(SocketErrors.EAFNOSUPPORT);
    }
}
