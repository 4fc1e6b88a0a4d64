// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftOsError;
import dev.weft.runtime.WeftTuple;
import dev.weft.stdlib.Params;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Host and service names: getaddrinfo, gethostbyname and their kin, inet_* and hton*. */
final class NameFunctions {
    private NameFunctions() {}

    private static final int AI_PASSIVE = 1;
    private static final int AI_CANONNAME = 2;
    private static final Params GETADDRINFO = Params.clinic("getaddrinfo(host, port, family=0,"
            + " type=0, proto=0, flags=0)");

    /** The services /etc/services names most often, for getservbyname and getaddrinfo. */
    private static final Map<String, Integer> SERVICES = Map.ofEntries(
            Map.entry("echo", 7), Map.entry("ftp", 21), Map.entry("ssh", 22),
            Map.entry("telnet", 23), Map.entry("smtp", 25), Map.entry("domain", 53),
            Map.entry("http", 80), Map.entry("pop3", 110), Map.entry("ntp", 123),
            Map.entry("imap", 143), Map.entry("https", 443), Map.entry("imaps", 993),
            Map.entry("pop3s", 995));

    static void install(WeftDict d) {
        SocketModule.waiting(d, "getaddrinfo", NameFunctions::getaddrinfo);
        SocketModule.fn(d, "gethostname", (t, a, k) -> {
            none("gethostname", a);
            return hostname();
        });
        SocketModule.waiting(d, "gethostbyname", (t, site, a, k) -> {
            SocketModule.require(t, "gethostbyname");
            String name = one("gethostbyname", a);
            return Dns.lookingUp(t, site, name, "gethostbyname(" + Reprs.repr(t, name) + ")",
                    () -> v4(name).getHostAddress());
        });
        SocketModule.waiting(d, "gethostbyname_ex", (t, site, a, k) -> {
            SocketModule.require(t, "gethostbyname_ex");
            String name = one("gethostbyname_ex", a);
            return Dns.lookingUp(t, site, name, "gethostbyname_ex(" + Reprs.repr(t, name) + ")",
                    () -> WeftTuple.of(name, new WeftList(), new WeftList(new Object[] {
                        v4(name).getHostAddress()})));
        });
        SocketModule.waiting(d, "gethostbyaddr", (t, site, a, k) -> {
            SocketModule.require(t, "gethostbyaddr");
            String name = one("gethostbyaddr", a);
            // the reverse lookup needs the resolver even for a numeric address
            return t.interp.scheduler().workers().call(t, site, "gethostbyaddr("
                    + Reprs.repr(t, name) + ")", () -> byAddress(name));
        });
        SocketModule.waiting(d, "getnameinfo", NameFunctions::getnameinfo);
        SocketModule.fn(d, "getservbyname", (t, a, k) -> {
            String name = (String) a[0];
            Integer port = SERVICES.get(name);
            if (port == null) {
                throw Errors.of(ErrorTypes.OS_ERROR, "service/proto not found");
            }
            return (long) port;
        });
        SocketModule.fn(d, "getservbyport", (t, a, k) -> {
            long port = Protocols.index(t, a[0]);
            for (Map.Entry<String, Integer> e : SERVICES.entrySet()) {
                if (e.getValue() == port) {
                    return e.getKey();
                }
            }
            throw Errors.of(ErrorTypes.OS_ERROR, "port/proto not found");
        });
        InetFunctions.install(d);
    }

    private static String one(String name, Object[] a) {
        if (a.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + a.length
                    + " given)");
        }
        if (!(a[0] instanceof String s)) {
            throw Errors.typeError(name + "() argument 1 must be str, not " + Types.name(a[0]));
        }
        return s;
    }

    private static void none(String name, Object[] a) {
        if (a.length != 0) {
            throw Errors.typeError(name + "() takes no arguments (" + a.length + " given)");
        }
    }

    /** The kernel's host name, as uname() gives it. */
    static String hostname() {
        try {
            Path p = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(p)) {
                return Files.readString(p).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    private static InetAddress v4(String name) {
        if (name.isEmpty()) {
            return Addresses.inet(Addresses.AF_INET, "");
        }
        return Addresses.inet(Addresses.AF_INET, name);
    }

    private static Object byAddress(String host) {
        try {
            InetAddress ip = Dns.lookup(host)[0];
            String name = ip.getCanonicalHostName();
            if (name.equals(ip.getHostAddress())) {
                throw WeftOsError.make(SocketErrors.HERROR, new Object[] {1L, "Unknown host"});
            }
            return WeftTuple.of(name, new WeftList(), new WeftList(new Object[] {ip.getHostAddress()}));
        } catch (UnknownHostException e) {
            throw SocketErrors.lookupFailed(e);
        }
    }

    private static Step getnameinfo(Fiber t, CallSite site, Object[] a, String[] k) {
        SocketModule.require(t, "getnameinfo");
        if (a.length != 2 || !(a[0] instanceof WeftTuple addr) || addr.size() < 2) {
            throw Errors.typeError("getnameinfo() argument 1 must be a tuple");
        }
        int flags = (int) Protocols.index(t, a[1]);
        String host = Addresses.host(addr.get(0));
        long port = Protocols.index(t, addr.get(1));
        if ((flags & 1) != 0) {
            return site.returned(t, nameInfo(host, port, flags));
        }
        return t.interp.scheduler().workers().call(t, site, "getnameinfo()",
                () -> nameInfo(host, port, flags));
    }

    private static Object nameInfo(String host, long port, int flags) {
        InetAddress ip = Addresses.inet(host.contains(":") ? Addresses.AF_INET6
                : Addresses.AF_INET, host);
        String h = (flags & 1) != 0 ? ip.getHostAddress() : ip.getCanonicalHostName();
        String serv = Long.toString(port);
        if ((flags & 2) == 0) {
            for (Map.Entry<String, Integer> e : SERVICES.entrySet()) {
                if (e.getValue() == port) {
                    serv = e.getKey();
                }
            }
        }
        return WeftTuple.of(h, serv);
    }

    /** getaddrinfo(host, port, family=0, type=0, proto=0, flags=0). */
    private static Step getaddrinfo(Fiber t, CallSite site, Object[] a, String[] k) {
        Object[] b = GETADDRINFO.bind(a, k);
        SocketModule.require(t, "getaddrinfo");
        int family = b[2] == null ? 0 : (int) Protocols.index(t, b[2]);
        int type = b[3] == null ? 0 : (int) Protocols.index(t, b[3]);
        int proto = b[4] == null ? 0 : (int) Protocols.index(t, b[4]);
        int flags = b[5] == null ? 0 : (int) Protocols.index(t, b[5]);
        if (family != 0 && family != Addresses.AF_INET && family != Addresses.AF_INET6) {
            throw SocketErrors.gai(-6, "ai_family not supported");
        }
        long port = port(b[1], type);
        Object host = b[0];
        String name = host == null || host == WeftNone.NONE ? null : Addresses.host(host);
        return Dns.lookingUp(t, site, name, "getaddrinfo(" + Reprs.repr(t, host) + ", "
                + Reprs.repr(t, b[1]) + ")", () -> infos(host, port, family, type, proto, flags));
    }

    private static Object infos(Object host, long port, int family, int type, int proto,
            int flags) {
        List<InetAddress> ips = addresses(host, family, flags);
        String canon = (flags & AI_CANONNAME) != 0 && host instanceof String h ? h : "";
        WeftList out = new WeftList();
        int[][] kinds = type == 0 ? new int[][] {{1, 6}, {2, 17}, {3, 0}}
                : new int[][] {{type, proto != 0 ? proto : type == 1 ? 6 : type == 2 ? 17 : 0}};
        for (InetAddress ip : ips) {
            int fam = ip instanceof Inet6Address ? Addresses.AF_INET6 : Addresses.AF_INET;
            Object sa = Addresses.format(new java.net.InetSocketAddress(ip, (int) port));
            for (int[] kind : kinds) {
                out.add(WeftTuple.of((long) fam, (long) kind[0], (long) kind[1], canon, sa));
                canon = "";
            }
        }
        return out;
    }

    private static long port(Object p, int type) {
        if (p == null || p == WeftNone.NONE) {
            return 0;
        }
        if (IntOps.isInt(p)) {
            return IntOps.toInt(p) & 0xffff;
        }
        String s = p instanceof WeftBytes bs ? new String(bs.data(),
                java.nio.charset.StandardCharsets.UTF_8) : p instanceof String str ? str : null;
        if (s == null) {
            throw Errors.of(ErrorTypes.OS_ERROR, "Int or String expected");
        }
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(s) & 0xffff;
        }
        Integer known = SERVICES.get(s);
        if (known == null || type == 3) {
            throw SocketErrors.gai(-8, "Servname not supported for ai_socktype");
        }
        return known;
    }

    private static List<InetAddress> addresses(Object host, int family, int flags) {
        List<InetAddress> out = new ArrayList<>();
        if (host == null || host == WeftNone.NONE) {
            boolean passive = (flags & AI_PASSIVE) != 0;
            String[] order = passive ? new String[] {"0.0.0.0", "::"}
                    : new String[] {"::1", "127.0.0.1"};
            for (String ip : order) {
                add(out, literal(ip), family);
            }
            return out;
        }
        String h = Addresses.host(host);
        if (h.isEmpty()) {
            throw SocketErrors.unknownHost();
        }
        try {
            for (InetAddress ip : Dns.lookup(h)) {
                add(out, ip, family);
            }
        } catch (UnknownHostException e) {
            throw SocketErrors.lookupFailed(e);
        }
        if (out.isEmpty()) {
            throw SocketErrors.gai(-9, "Address family for hostname not supported");
        }
        return out;
    }

    private static void add(List<InetAddress> out, InetAddress ip, int family) {
        boolean v6 = ip instanceof Inet6Address;
        if (family == 0 || family == Addresses.AF_INET6 && v6
                || family == Addresses.AF_INET && ip instanceof Inet4Address) {
            out.add(ip);
        }
    }

    private static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
