// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftOsError;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;
import java.io.IOException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Map;

/**
 * The errors of the socket module, as CPython raises them on Linux: an {@code OSError} subclass
 * picked by errno ({@code ConnectionRefusedError: [Errno 111] Connection refused}), the
 * module's own {@code herror} and {@code gaierror}, and {@code TimeoutError('timed out')}.
 * The JDK reports the system's errors as exceptions carrying strerror's text, which is mapped
 * back to its errno here.
 */
final class SocketErrors {
    private SocketErrors() {}

    static final WeftType HERROR = error("herror");
    static final WeftType GAIERROR = error("gaierror");

    private static WeftType error(String name) {
        WeftType t = WeftType.builtin(name, ErrorTypes.OS_ERROR);
        t.setModule("socket");
        t.setFactory(ErrorTypes.OS_ERROR.factory());
        return t;
    }

    static final int EBADF = 9;
    static final int EAGAIN = 11;
    static final int EINVAL = 22;
    static final int EPIPE = 32;
    static final int EAFNOSUPPORT = 97;
    static final int ENOTCONN = 107;
    static final int EISCONN = 106;
    static final int EALREADY = 114;
    static final int EINPROGRESS = 115;

    /** Linux's strerror texts for the errno values sockets meet. */
    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry(9, "Bad file descriptor"),
            Map.entry(11, "Resource temporarily unavailable"),
            Map.entry(13, "Permission denied"),
            Map.entry(22, "Invalid argument"),
            Map.entry(32, "Broken pipe"),
            Map.entry(89, "Destination address required"),
            Map.entry(93, "Protocol not supported"),
            Map.entry(90, "Message too long"),
            Map.entry(92, "Protocol not available"),
            Map.entry(97, "Address family not supported by protocol"),
            Map.entry(98, "Address already in use"),
            Map.entry(99, "Cannot assign requested address"),
            Map.entry(101, "Network is unreachable"),
            Map.entry(103, "Software caused connection abort"),
            Map.entry(104, "Connection reset by peer"),
            Map.entry(106, "Transport endpoint is already connected"),
            Map.entry(107, "Transport endpoint is not connected"),
            Map.entry(110, "Connection timed out"),
            Map.entry(111, "Connection refused"),
            Map.entry(113, "No route to host"),
            Map.entry(114, "Operation already in progress"),
            Map.entry(115, "Operation now in progress"),
            Map.entry(2, "No such file or directory"));

    /** {@code OSError(errno, strerror)}, as the subclass the errno stands for. */
    static WeftError os(int errno) {
        return WeftOsError.make(ErrorTypes.OS_ERROR, new Object[] {(long) errno,
                TEXT.getOrDefault(errno, "Unknown error " + errno)});
    }

    /** {@code socket.timeout} is {@code TimeoutError}: {@code TimeoutError('timed out')}. */
    static WeftError timeout() {
        return WeftOsError.make(ErrorTypes.TIMEOUT_ERROR, new Object[] {"timed out"});
    }

    /** {@code gaierror(-2, 'Name or service not known')} and its kin. */
    static WeftError gai(int code, String text) {
        return WeftOsError.make(GAIERROR, new Object[] {(long) code, text});
    }

    static WeftError unknownHost() {
        return gai(-2, "Name or service not known");
    }

    /** The gaierror for a failed lookup: no such name, or no resolver reachable. */
    static WeftError lookupFailed(java.net.UnknownHostException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("Temporary failure") ? gai(-3, "Temporary failure in name resolution")
                : unknownHost();
    }

    /**
     * The script-level error for a JDK failure. {@code notConnected} is the errno an operation
     * on an unconnected socket gives (ENOTCONN for reads, EPIPE for writes, as Linux does).
     */
    static WeftError of(Exception e, int notConnected) {
        if (e instanceof ClosedChannelException) {
            return os(EBADF);
        }
        if (e instanceof NotYetConnectedException) {
            return os(notConnected);
        }
        if (e instanceof AlreadyConnectedException) {
            return os(EISCONN);
        }
        if (e instanceof ConnectionPendingException) {
            return os(EALREADY);
        }
        if (e instanceof UnresolvedAddressException) {
            return unknownHost();
        }
        if (e instanceof UnsupportedAddressTypeException) {
            return os(EAFNOSUPPORT);
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        for (Map.Entry<Integer, String> en : TEXT.entrySet()) {
            if (m.contains(en.getValue())) {
                return os(en.getKey());
            }
        }
        if (m.startsWith("Connection reset")) {
            return os(104);
        }
        if (e instanceof java.net.ConnectException) {
            return os(111);
        }
        if (e instanceof java.net.BindException) {
            return os(98);
        }
        return WeftOsError.make(ErrorTypes.OS_ERROR, new Object[] {m.isEmpty()
                ? e.getClass().getSimpleName() : m});
    }

    /** An error from a read, accept or receive. */
    static WeftError ofRead(IOException e) {
        return of(e, ENOTCONN);
    }

    static WeftError typeError(String message) {
        return new WeftError(ErrorTypes.TYPE_ERROR, WeftTuple.of(message));
    }
}
