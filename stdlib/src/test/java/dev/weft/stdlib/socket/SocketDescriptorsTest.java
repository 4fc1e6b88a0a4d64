// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.Weft;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What scripts cannot see: the process's open descriptors. Sockets must not leak across many
 * connections, a task cancelled while it waits must leave nothing registered, and ending the
 * interpreter must close every channel it still has open.
 */
class SocketDescriptorsTest {
    private static final Path FDS = Path.of("/proc/self/fd");

    private static long openDescriptors() throws IOException {
        try (Stream<Path> s = Files.list(FDS)) {
            return s.count();
        }
    }

    /** What the descriptors are, for a failure message. */
    private static String describe() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(FDS)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                try {
                    sb.append(p.getFileName()).append(" -> ").append(Files.readSymbolicLink(p))
                            .append('\n');
                } catch (IOException e) {
                    // closed while listing
                }
            }
        }
        return sb.toString();
    }

    /** Loads the socket classes (and whatever files the JDK opens for them) before counting. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        run("import socket, select\na, b = socket.socketpair()\nselect.select([a], [], [], 0)\n"
                + "socket.create_server(('127.0.0.1', 0)).close()\n");
    }

    private record Outcome(int status, String out, Weft weft) {}

    private static Outcome run(String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Weft weft = Weft.builder().stdout(out).stderr(out).build();
        int status = weft.runMain(program, "<test>");
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), weft);
    }

    @Test
    void tenThousandSequentialConnectionsLeakNothing() throws IOException {
        assumeTrue(Files.isDirectory(FDS), "needs /proc/self/fd");
        long before = openDescriptors();
        Outcome o = run(String.join("\n",
                "import socket, weft",
                "server = socket.create_server(('127.0.0.1', 0))",
                "def serve():",
                "    while True:",
                "        conn, _ = server.accept()",
                "        with conn:",
                "            conn.sendall(conn.recv(16))",
                "spawn serve()",
                "ok = 0",
                "for i in range(10000):",
                "    with socket.create_connection(server.getsockname()) as c:",
                "        c.sendall(b'ping')",
                "        ok += c.recv(16) == b'ping'",
                "print(ok, weft.open_sockets())",
                ""));
        assertEquals("10000 1\n", o.out);
        assertEquals(0, o.status);
        assertTrue(openDescriptors() <= before, "descriptors before " + before + ", after "
                + openDescriptors() + ":\n" + describe());
    }

    @Test
    void cancelledWaitsReleaseTheirRegistration() throws IOException {
        assumeTrue(Files.isDirectory(FDS), "needs /proc/self/fd");
        long before = openDescriptors();
        Outcome o = run(String.join("\n",
                "import socket, weft",
                "pairs = [socket.socketpair() for _ in range(50)]",
                "def reader(s):",
                "    try:",
                "        s.recv(10)",
                "    finally:",
                "        s.close()",
                "tasks = [spawn reader(a) for a, b in pairs]",
                "sleep(0.01)",
                "for t in tasks:",
                "    t.cancel()",
                "joinall(tasks)",
                "for a, b in pairs:",
                "    b.close()",
                "print(all(t.cancelled() for t in tasks), weft.open_sockets())",
                ""));
        assertEquals("True 0\n", o.out);
        assertFalse(o.weft.interpreter().scheduler().reactor().isWaiting(),
                "a cancelled task left a watch behind");
        assertTrue(openDescriptors() <= before, "descriptors before " + before + ", after "
                + openDescriptors() + ":\n" + describe());
    }

    @Test
    void endingTheInterpreterClosesEveryChannel() throws IOException {
        assumeTrue(Files.isDirectory(FDS), "needs /proc/self/fd");
        long before = openDescriptors();
        Outcome o = run(String.join("\n",
                "import socket, weft",
                "server = socket.create_server(('127.0.0.1', 0))",
                "clients = [socket.create_connection(server.getsockname()) for _ in range(20)]",
                "accepted = [server.accept()[0] for _ in range(20)]",
                "def wait(s):",
                "    s.recv(1)",
                "waiters = [spawn wait(s) for s in accepted]",
                "sleep(0.01)",
                "print(weft.open_sockets())",
                ""));
        assertEquals("41\n", o.out);
        assertEquals(0, o.weft.interpreter().scheduler().resources().count());
        assertTrue(openDescriptors() <= before, "descriptors before " + before + ", after "
                + openDescriptors() + ":\n" + describe());
    }
}
