// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.JavaClass;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SocketChannel;

/** The socket methods that never wait: binding, options, timeouts, names, closing. */
final class SocketMethods {
    private SocketMethods() {}

    static void install(WeftType type) {
        JavaClass.method(type, "bind", (t, a, k) -> {
            SocketType.open(t, SocketType.one("bind", a, k), "bind").bind(t, a[1]);
            return WeftNone.NONE;
        });
        JavaClass.method(type, "listen", (t, a, k) -> {
            SocketType.tuple("listen", a, k, 0, 1);
            WeftSocket s = SocketType.open(t, a, "listen");
            s.listen(a.length > 1 ? (int) Math.max(0, Protocols.index(t, a[1])) : 128);
            return WeftNone.NONE;
        });
        JavaClass.method(type, "close", (t, a, k) -> {
            SocketType.python("close", a, k, 0);
            SocketType.self(a).closeByScript();
            return WeftNone.NONE;
        });
        JavaClass.method(type, "detach", (t, a, k) -> {
            SocketType.python("detach", a, k, 0);
            throw dev.weft.runtime.Errors.of(dev.weft.runtime.ErrorTypes.OS_ERROR,
                    "detach() is not supported: Weft sockets have no OS descriptor to give away");
        });
        JavaClass.method(type, "_io_refs", (t, a, k) -> {
            WeftSocket s = SocketType.self(a);
            if (a.length > 1) {
                if (dev.weft.runtime.Truth.isTrue(t, a[1])) {
                    s.fileRefs++;
                } else {
                    s.fileClosed();
                }
            }
            return (long) s.fileRefs;
        });
        JavaClass.method(type, "shutdown", (t, a, k) -> {
            WeftSocket s = SocketType.self(SocketType.one("shutdown", a, k));
            SocketIo.shutdown(s, (int) Protocols.index(t, a[1]));
            return WeftNone.NONE;
        });
        JavaClass.method(type, "fileno", (t, a, k) -> {
            SocketType.none("fileno", a, k);
            return (long) SocketType.self(a).fd;
        });
        JavaClass.method(type, "getsockname", (t, a, k) -> {
            SocketType.none("getsockname", a, k);
            return sockname(SocketType.self(a));
        });
        JavaClass.method(type, "getpeername", (t, a, k) -> {
            SocketType.none("getpeername", a, k);
            return peername(SocketType.self(a));
        });
        timeouts(type);
        JavaClass.method(type, "setsockopt", SocketMethods::setsockopt);
        JavaClass.method(type, "getsockopt", (t, a, k) -> {
            SocketType.tuple("getsockopt", a, k, 2, 3);
            int buflen = a.length > 3 ? (int) Protocols.index(t, a[3]) : 0;
            return SocketType.self(a).options.get(intOf(t, a[1]), intOf(t, a[2]), buflen);
        });
        JavaClass.method(type, "makefile", SocketMethods::makefile);
        JavaClass.method(type, "__enter__", (t, a, k) -> a[0]);
        JavaClass.method(type, "__exit__", (t, a, k) -> {
            SocketType.self(a).closeByScript();
            return WeftNone.NONE;
        });
        JavaClass.method(type, "__repr__", (t, a, k) -> SocketType.repr(t, SocketType.self(a)));
        JavaClass.getter(type, "family", (t, o) -> (long) ((WeftSocket) o).family);
        JavaClass.getter(type, "type", (t, o) -> (long) ((WeftSocket) o).kind);
        JavaClass.getter(type, "proto", (t, o) -> (long) ((WeftSocket) o).proto);
        JavaClass.getter(type, "timeout", (t, o) -> timeoutValue((WeftSocket) o));
    }

    private static void timeouts(WeftType type) {
        JavaClass.method(type, "settimeout", (t, a, k) -> {
            SocketType.one("settimeout", a, k);
            SocketType.self(a).timeout = parseTimeout(t, a[1]);
            return WeftNone.NONE;
        });
        JavaClass.method(type, "gettimeout", (t, a, k) -> {
            SocketType.none("gettimeout", a, k);
            return timeoutValue(SocketType.self(a));
        });
        JavaClass.method(type, "setblocking", (t, a, k) -> {
            SocketType.one("setblocking", a, k);
            SocketType.self(a).timeout = Truth.isTrue(t, a[1]) ? -1 : 0;
            return WeftNone.NONE;
        });
        JavaClass.method(type, "getblocking", (t, a, k) -> {
            SocketType.none("getblocking", a, k);
            return SocketType.self(a).timeout != 0;
        });
    }

    /** A timeout as socket.settimeout takes it: None, or seconds not below zero. */
    static long parseTimeout(Fiber t, Object v) {
        String type = "'" + dev.weft.runtime.Types.name(v) + "' object cannot be interpreted"
                + " as an integer";
        return nanos(v, type, "Timeout value out of range");
    }

    /**
     * Seconds given as an int or float (None: -1) in nanoseconds; {@code notNumber} and
     * {@code negative} are the messages of the TypeError and ValueError otherwise.
     */
    static long nanos(Object v, String notNumber, String negative) {
        if (v == WeftNone.NONE) {
            return -1;
        }
        double secs;
        if (v instanceof Double d) {
            secs = d;
        } else if (IntOps.isInt(v)) {
            secs = IntOps.toDouble(v);
        } else {
            throw Errors.typeError(notNumber);
        }
        if (Double.isNaN(secs)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (secs < 0) {
            throw Errors.valueError(negative);
        }
        return (long) Math.min(secs * 1e9, Long.MAX_VALUE / 4);
    }

    static Object timeoutValue(WeftSocket s) {
        return s.timeout < 0 ? WeftNone.NONE : (Object) (s.timeout / 1e9);
    }

    private static Object setsockopt(Fiber t, Object[] a, String[] k) {
        // CPython's message names the three-argument form even though a fourth is allowed
        SocketType.tuple("setsockopt", a, k, a.length <= 4 ? 3 : 4, a.length <= 4 ? 3 : 4);
        WeftSocket s = SocketType.self(a);
        Object v = a[3];
        if (!(v instanceof WeftBytes)) {
            v = Protocols.index(t, v);
        }
        s.options.set(intOf(t, a[1]), intOf(t, a[2]), v);
        return WeftNone.NONE;
    }

    private static int intOf(Fiber t, Object o) {
        return (int) Protocols.index(t, o);
    }

    static Object sockname(WeftSocket s) {
        NetworkChannel ch = s.channel();
        try {
            SocketAddress a = ch.getLocalAddress();
            if (a == null) {
                return s.family == Addresses.AF_UNIX ? ""
                        : Addresses.format(new java.net.InetSocketAddress(
                                Addresses.inet(s.family, ""), 0));
            }
            return Addresses.format(a);
        } catch (IOException e) {
            throw SocketErrors.of(e, SocketErrors.ENOTCONN);
        }
    }

    static Object peername(WeftSocket s) {
        NetworkChannel ch = s.channel();
        try {
            SocketAddress a = ch instanceof SocketChannel sc ? sc.getRemoteAddress()
                    : ch instanceof DatagramChannel dc ? dc.getRemoteAddress() : null;
            if (a == null) {
                throw SocketErrors.os(SocketErrors.ENOTCONN);
            }
            return Addresses.format(a);
        } catch (IOException e) {
            throw SocketErrors.of(e, SocketErrors.ENOTCONN);
        }
    }

    /** makefile(): a file object over the socket, written in Weft (socket._SocketFile). */
    private static Object makefile(Fiber t, Object[] a, String[] k) {
        Object factory = SocketModule.weftHelper(t, "_makefile");
        return Calls.callDirect(t, factory, a, k);
    }
}
