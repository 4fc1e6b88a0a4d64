// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.Capability;
import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.CpsCode;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Reprs;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftBytes;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;
import dev.weft.stdlib.Args;
import dev.weft.stdlib.JavaClass;
import dev.weft.stdlib.Params;

/**
 * The class {@code socket.socket}: its method table. Argument errors use the words of the
 * CPython function each method is (C methods parsed by PyArg_ParseTuple, METH_O and METH_NOARGS
 * ones, and the few written in Python in socket.py), as CPython's messages differ between them.
 */
final class SocketType {
    private SocketType() {}

    static final WeftType SOCKET = JavaClass.make("socket", "socket", Types.OBJECT);

    static {
        JavaClass.constructor(SOCKET, (t, a, k) -> new WeftSocket((WeftType) a[0]));
        JavaClass.method(SOCKET, "__init__", SocketType::init);
        waiting("accept", (t, site, a, k) -> {
            python("accept", a, k, 0);
            return SocketIo.accept(t, site, open(t, a, "accept"));
        });
        waiting("connect", (t, site, a, k) -> SocketIo.connect(t, site,
                open(t, one("connect", a, k), "connect"), a[1], false));
        waiting("connect_ex", (t, site, a, k) -> SocketIo.connect(t, site,
                open(t, one("connect_ex", a, k), "connect_ex"), a[1], true));
        waiting("send", (t, site, a, k) -> {
            tuple("send", a, k, 1, 2);
            return SocketIo.send(t, site, open(t, a, "send"), bytes(a[1]), false);
        });
        waiting("sendall", (t, site, a, k) -> {
            tuple("sendall", a, k, 1, 2);
            return SocketIo.send(t, site, open(t, a, "sendall"), bytes(a[1]), true);
        });
        waiting("sendto", SocketType::sendto);
        waiting("recv", (t, site, a, k) -> {
            tuple("recv", a, k, 1, 2);
            return SocketIo.recv(t, site, open(t, a, "recv"), size(t, a[1], "recv"),
                    flags(t, a, 2), false);
        });
        waiting("recvfrom", (t, site, a, k) -> {
            tuple("recvfrom", a, k, 1, 2);
            return SocketIo.recv(t, site, open(t, a, "recvfrom"), size(t, a[1], "recvfrom"),
                    flags(t, a, 2), true);
        });
        waiting("recv_into", (t, site, a, k) -> recvInto(t, site, a, k, false));
        waiting("recvfrom_into", (t, site, a, k) -> recvInto(t, site, a, k, true));
        SocketMethods.install(SOCKET);
    }

    static void waiting(String name, CpsCode code) {
        SOCKET.define(name, WeftBuiltin.cpsMethod(name, code).suspending().ownedBy(SOCKET));
    }

    private static final Params INIT = Params.python("socket.__init__(self, family=-1,"
            + " type=-1, proto=-1, fileno=None)");
    private static final Params RECV_INTO = Params.clinic("recv_into(self, buffer, nbytes=0,"
            + " flags=0)");
    private static final Params RECVFROM_INTO = Params.clinic("recvfrom_into(self, buffer,"
            + " nbytes=0, flags=0)");

    private static Object init(Fiber t, Object[] a, String[] k) {
        Object[] b = INIT.bind(a, k);
        WeftSocket s = self(a);
        t.interp.require(Capability.NETWORK, "socket");
        int family = intArg(t, b[1], Addresses.AF_INET);
        int kind = intArg(t, b[2], WeftSocket.SOCK_STREAM);
        int proto = intArg(t, b[3], 0);
        if (Args.given(b[4])) {
            throw SocketErrors.os(SocketErrors.EBADF);
        }
        if (!s.isClosed()) {
            s.close();
        }
        s.open(t, family, kind, proto, SocketModule.defaultTimeout(t));
        return WeftNone.NONE;
    }

    private static int intArg(Fiber t, Object v, int dflt) {
        if (v == null) {
            return dflt;
        }
        long n = Protocols.index(t, v);
        return n == -1 ? dflt : (int) n;
    }

    private static Step sendto(Fiber t, CallSite site, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("socket.sendto() takes no keyword arguments");
        }
        int n = a.length - 1;
        if (n < 2 || n > 3) {
            throw Errors.typeError("sendto() takes 2 or 3 arguments (" + n + " given)");
        }
        WeftSocket s = open(t, a, "sendto");
        return SocketIo.sendto(t, site, s, bytes(a[1]), a[n]);
    }

    private static Step recvInto(Fiber t, CallSite site, Object[] a, String[] k, boolean from) {
        String name = from ? "recvfrom_into" : "recv_into";
        Object[] b = (from ? RECVFROM_INTO : RECV_INTO).bind(a, k);
        if (!(b[1] instanceof WeftBytes buf) || !buf.isMutable()) {
            throw Errors.typeError(name + "() argument 1 must be read-write bytes-like object,"
                    + " not " + Types.name(b[1]));
        }
        int n = b[2] == null ? 0 : (int) Protocols.index(t, b[2]);
        if (n < 0) {
            throw Errors.valueError("negative buffersize in " + name);
        }
        if (n > buf.length()) {
            throw Errors.valueError("buffer too small for requested bytes");
        }
        int flags = b[3] == null ? 0 : (int) Protocols.index(t, b[3]);
        return SocketIo.recvInto(t, site, open(t, a, name), buf, n == 0 ? buf.length() : n,
                flags, from);
    }

    // ---- argument helpers ---------------------------------------------------------------------

    static WeftSocket self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof WeftSocket s)) {
            throw Errors.typeError("descriptor requires a 'socket' object");
        }
        return s;
    }

    /** The socket, checked for the network capability. */
    static WeftSocket open(Fiber t, Object[] a, String op) {
        WeftSocket s = self(a);
        t.interp.require(Capability.NETWORK, "socket." + op);
        return s;
    }

    /** A PyArg_ParseTuple method: {@code recv() takes at least 1 argument (0 given)}. */
    static void tuple(String name, Object[] a, String[] k, int min, int max) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("socket." + name + "() takes no keyword arguments");
        }
        int n = a.length - 1;
        if (n >= min && n <= max) {
            return;
        }
        String bound = min == max ? "exactly " + min : n < min ? "at least " + min
                : "at most " + max;
        int count = min == max ? min : n < min ? min : max;
        throw Errors.typeError(name + "() takes " + bound + " argument" + (count == 1 ? "" : "s")
                + " (" + n + " given)");
    }

    /** A METH_O method: {@code socket.bind() takes exactly one argument (0 given)}. */
    static Object[] one(String name, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("socket." + name + "() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw Errors.typeError("socket." + name + "() takes exactly one argument ("
                    + (a.length - 1) + " given)");
        }
        return a;
    }

    /** A METH_NOARGS method: {@code socket.fileno() takes no arguments (1 given)}. */
    static void none(String name, Object[] a, String[] k) {
        if (a.length != 1 || k != null && k.length > 0) {
            throw Errors.typeError("socket." + name + "() takes no arguments (" + (a.length - 1)
                    + " given)");
        }
    }

    /** A method of socket.py: {@code socket.close() takes 1 positional argument but 2 ...}. */
    static void python(String name, Object[] a, String[] k, int extra) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("socket." + name + "() got an unexpected keyword argument '"
                    + k[0] + "'");
        }
        if (a.length != 1 + extra) {
            throw Errors.typeError("socket." + name + "() takes " + (1 + extra) + " positional"
                    + " argument" + (extra == 0 ? "" : "s") + " but " + a.length + " were given");
        }
    }

    /** A bytes-like argument (bytes or bytearray). */
    static byte[] bytes(Object o) {
        if (o instanceof WeftBytes b) {
            return b.data();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Types.name(o) + "'");
    }

    private static int size(Fiber t, Object o, String name) {
        if (o instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        long n = Protocols.index(t, o);
        if (n < 0) {
            throw Errors.valueError("negative buffersize in " + name);
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static int flags(Fiber t, Object[] a, int i) {
        return a.length > i ? (int) Protocols.index(t, a[i]) : 0;
    }

    static String repr(Fiber t, WeftSocket s) {
        StringBuilder sb = new StringBuilder("<").append(s.type().module()).append('.')
                .append(s.type().qualname()).append(s.isClosed() ? " [closed]" : "")
                .append(" fd=").append(s.fd).append(", family=").append(s.family)
                .append(", type=").append(s.kind).append(", proto=").append(s.proto);
        if (!s.isClosed()) {
            Object laddr = SocketMethods.sockname(s);
            if (!(laddr instanceof String str && str.isEmpty())) {
                sb.append(", laddr=").append(Reprs.str(t, laddr));
            }
            try {
                Object raddr = SocketMethods.peername(s);
                if (!(raddr instanceof String str && str.isEmpty())) {
                    sb.append(", raddr=").append(Reprs.str(t, raddr));
                }
            } catch (WeftError e) {
                // not connected: no raddr
            }
        }
        return sb.append('>').toString();
    }
}
