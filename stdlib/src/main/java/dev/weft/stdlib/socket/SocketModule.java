// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.Capability;
import dev.weft.cps.Fiber;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Interpreter;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;

/**
 * The {@code _socket} module: the socket class, its errors, Linux's constants and the name
 * functions. The public {@code socket} module (socket.weft) adds what CPython's socket.py
 * adds: create_connection, create_server, socketpair, makefile's file objects.
 */
public final class SocketModule {
    private SocketModule() {}

    /** Where the module keeps setdefaulttimeout()'s value (per interpreter). */
    private static final String DEFAULT_TIMEOUT = "_defaulttimeout";

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("socket", SocketType.SOCKET);
        d.putStr("SocketType", SocketType.SOCKET);
        d.putStr("error", ErrorTypes.OS_ERROR);
        d.putStr("timeout", ErrorTypes.TIMEOUT_ERROR);
        d.putStr("herror", SocketErrors.HERROR);
        d.putStr("gaierror", SocketErrors.GAIERROR);
        d.putStr(DEFAULT_TIMEOUT, WeftNone.NONE);
        d.putStr("has_ipv6", Boolean.TRUE);
        SocketConstants.install(d);
        fn(d, "getdefaulttimeout", (t, a, k) -> {
            if (a.length != 0) {
                throw dev.weft.runtime.Errors.typeError("getdefaulttimeout() takes no arguments"
                        + " (" + a.length + " given)");
            }
            return d.getStr(DEFAULT_TIMEOUT);
        });
        fn(d, "setdefaulttimeout", (t, a, k) -> {
            if (a.length != 1) {
                throw dev.weft.runtime.Errors.typeError("setdefaulttimeout() takes exactly one"
                        + " argument (" + a.length + " given)");
            }
            long nanos = SocketMethods.parseTimeout(t, a[0]);
            d.putStr(DEFAULT_TIMEOUT, nanos < 0 ? WeftNone.NONE : (Object) (nanos / 1e9));
            return WeftNone.NONE;
        });
        NameFunctions.install(d);
        fn(d, "socketpair", (t, a, k) -> SocketPair.make(t, a.length > 0
                ? (int) dev.weft.runtime.Protocols.index(t, a[0]) : Addresses.AF_UNIX));
    }

    /** setdefaulttimeout()'s value in nanoseconds (-1: None), for new sockets. */
    static long defaultTimeout(Fiber t) {
        Object m = t.interp.importer().modules().getStr("_socket");
        Object v = m instanceof WeftModule mod ? mod.dict().getStr(DEFAULT_TIMEOUT) : null;
        return v == null || v == WeftNone.NONE ? -1 : SocketMethods.parseTimeout(t, v);
    }

    /** How many sockets the interpreter has open (weft.open_sockets()). */
    public static long openSockets(Fiber t) {
        return t.interp.scheduler().resources().snapshot().stream()
                .filter(r -> r instanceof WeftSocket).count();
    }

    /** A helper the Weft half of the module defines (socket.weft). */
    static Object weftHelper(Fiber t, String name) {
        WeftModule socket = t.interp.importer().importNested(t, "socket");
        return Attrs.get(t, socket, name);
    }

    static void fn(WeftDict d, String name, NativeCode code) {
        d.putStr(name, WeftBuiltin.function(name, code));
    }

    /** A function that may park its task (a name lookup on the worker pool). */
    static void waiting(WeftDict d, String name, dev.weft.runtime.CpsCode code) {
        d.putStr(name, WeftBuiltin.cpsFunction(name, code).suspending());
    }

    /** The capability check of the module's functions that reach the network. */
    static void require(Fiber t, String op) {
        t.interp.require(Capability.NETWORK, "socket." + op);
    }
}
