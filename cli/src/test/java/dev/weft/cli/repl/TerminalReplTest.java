// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.Weft;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.Size;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The JLine REPL driven through a terminal whose keyboard and screen are streams. */
@Timeout(60)
class TerminalReplTest {
    private static final java.util.regex.Pattern ESCAPES =
            java.util.regex.Pattern.compile("\u001b(\\[[0-9;?]*[ -/]*[@-~]|[()][0-9A-Za-z]|[=>])");

    @TempDir
    Path home;

    /** A REPL session on a virtual terminal: type into it, read what it shows. */
    private final class Session implements AutoCloseable {
        final PipedOutputStream keys = new PipedOutputStream();
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final Terminal terminal;
        final Thread thread;
        final Repl repl;
        volatile int status = -1;

        Session() throws IOException {
            PipedInputStream in = new PipedInputStream(keys, 1 << 16);
            // An external terminal has no pty in between, so keys arrive exactly as typed.
            terminal = new ExternalTerminal("test", "xterm", in, screen, StandardCharsets.UTF_8);
            terminal.setSize(new Size(120, 40));
            repl = new Repl(terminal, home.resolve("history"),
                    out -> Weft.builder().stdout(out).stderr(out).build());
            thread = new Thread(() -> {
                try {
                    status = repl.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        /** What the screen shows, without the colour and cursor escapes JLine writes. */
        String screen() {
            return ESCAPES.matcher(screen.toString(StandardCharsets.UTF_8)).replaceAll("");
        }

        /** Waits until the screen shows {@code text} (the REPL works asynchronously). */
        void waitFor(String text) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 20_000;
            while (!screen().contains(text)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("screen never showed " + text + ":\n" + screen());
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void close() throws Exception {
            type("\u0004");
            thread.join(10_000);
            terminal.close();
        }
    }

    @Test
    void echoesResultsAndRunsMultiLineBlocks() throws Exception {
        try (Session s = new Session()) {
            s.waitFor(">>> ");
            s.type("x = 20\r");
            s.type("x + 22\r");
            s.waitFor("42");
            s.type("def double(n):\r");
            s.type("return n * 2\r\r");
            s.type("double(x)\r");
            s.waitFor("40");
            s.type("_ + 1\r");
            s.waitFor("41");
        }
    }

    @Test
    void tracebackThenTheReplGoesOn() throws Exception {
        try (Session s = new Session()) {
            s.type("[][5]\r");
            s.waitFor("IndexError: list index out of range");
            s.type("print('re' + 'covered')\r");
            s.waitFor("recovered");
        }
    }

    @Test
    void topLevelAwaitAndABackgroundTaskPrintingWhileIdle() throws Exception {
        try (Session s = new Session()) {
            s.type("r = await sleep(0.01)\r");
            s.type("print('awaited', r)\r");
            s.waitFor("awaited None");
            s.type("async def later():\r");
            s.type("await sleep(0.3)\r");
            s.type("print('from', 'the background')\r\r");
            s.type("t = spawn later()\r");
            s.waitFor("from the background");
            s.type(":tasks\r");
            s.waitFor("no tasks");
        }
    }

    @Test
    void ctrlCInterruptsAnAwaitAndReturnsToThePrompt() throws Exception {
        try (Session s = new Session()) {
            s.type("await sleep(10)\r");
            Thread.sleep(500);
            s.terminal.raise(Terminal.Signal.INT);
            s.waitFor("KeyboardInterrupt");
            s.type("print('prompt', 'is back')\r");
            s.waitFor("prompt is back");
        }
    }

    @Test
    void unknownCommandsGetAHint() throws Exception {
        try (Session s = new Session()) {
            s.type(":frobnicate\r");
            s.waitFor("unknown command :frobnicate (try :help)");
        }
    }

    @Test
    void historyOutlivesTheSession() throws Exception {
        try (Session s = new Session()) {
            s.type("remembered = 1\r");
            s.type("print('do' + 'ne')\r");
            s.waitFor("done");
        }
        List<String> lines = Files.readAllLines(home.resolve("history"));
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("remembered = 1")), lines.toString());
        try (Session s = new Session()) {
            s.type("\u0010\u0010\r"); // Ctrl-P twice: back past print(...) to the assignment
            s.type("print('value', remembered * 21)\r");
            s.waitFor("value 21");
        }
    }

    @Test
    void completionOffersNamesAttributesAndModules() throws Exception {
        try (Session s = new Session()) {
            s.type("my_variable = 3\r");
            s.type("print('ready', my_variable)\r");
            s.waitFor("ready 3"); // the assignment has run, not just been echoed
            WeftCompleter c = new WeftCompleter(s.repl::engine);
            assertEquals(List.of("my_variable"), c.candidates("my_v", 4));
            assertTrue(c.candidates("\"abc\".up", 8).contains("upper"));
            assertTrue(c.candidates("import ti", 9).contains("time"));
            assertTrue(c.candidates("whi", 3).contains("while"));
        }
    }
}
