// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import dev.weft.cps.Fiber;
import dev.weft.runtime.WeftTuple;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * socketpair(): the JDK has no socketpair(2), so the pair is made by a listener that lives
 * only for the one connection: on a temporary path for AF_UNIX, on the loopback for AF_INET.
 * Both ends are local, so connecting and accepting complete at once.
 */
final class SocketPair {
    private SocketPair() {}

    static Object make(Fiber t, int family) {
        SocketModule.require(t, "socketpair");
        Path dir = null;
        try (ServerSocketChannel server = listener(family)) {
            SocketAddress where;
            if (family == Addresses.AF_UNIX) {
                dir = Files.createTempDirectory("weft-pair");
                where = UnixDomainSocketAddress.of(dir.resolve("s"));
                server.bind(where, 1);
            } else {
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
                where = server.getLocalAddress();
            }
            SocketChannel a = SocketChannel.open(where);
            SocketChannel b = server.accept();
            long timeout = SocketModule.defaultTimeout(t);
            WeftSocket sa = new WeftSocket(SocketType.SOCKET);
            sa.adopt(t, family, a, timeout);
            WeftSocket sb = new WeftSocket(SocketType.SOCKET);
            sb.adopt(t, family, b, timeout);
            return WeftTuple.of(sa, sb);
        } catch (IOException e) {
            throw SocketErrors.of(e, SocketErrors.EINVAL);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("s"));
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary directory left behind is harmless
                }
            }
        }
    }

    private static ServerSocketChannel listener(int family) throws IOException {
        if (family == Addresses.AF_UNIX) {
            return ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        }
        if (family == Addresses.AF_INET) {
            return ServerSocketChannel.open(StandardProtocolFamily.INET);
        }
        throw Addresses.unsupportedFamily();
    }
}
