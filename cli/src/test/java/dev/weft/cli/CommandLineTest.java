// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The {@code weft} command as a user meets it: a real process, its output and exit status. */
@Timeout(120)
class CommandLineTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {}

    /** Runs {@code weft ARGS} in a fresh JVM with {@code stdin} piped in. */
    private Result weft(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "weft did not finish");
        return new Result(p.exitValue(), Files.readString(dir.resolve("out")),
                Files.readString(dir.resolve("err")));
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aSyntaxErrorShowsFileLineColumnCaretAndMessageAndExitsTwo() throws Exception {
        Path f = script("bad.weft", "x = 1\nif x\n    pass\n");
        Result r = weft("", f.toString());
        assertEquals(2, r.status());
        assertEquals(f.toAbsolutePath() + ":2:5\n    if x\n        ^\nSyntaxError: expected ':'\n",
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUncaughtExceptionPrintsCPythonsTracebackAndExitsOne() throws Exception {
        Path f = script("boom.weft", "def f(n):\n    raise ValueError(n)\n\nprint('before')\nf(0)\n");
        Result r = weft("", f.toString());
        assertEquals(1, r.status());
        assertEquals("before\n", r.out());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + f.toAbsolutePath() + "\", line 5, in <module>\n"
                + "    f(0)\n"
                + "  File \"" + f.toAbsolutePath() + "\", line 2, in f\n"
                + "    raise ValueError(n)\n"
                + "ValueError: 0\n", r.err());
    }

    @Test
    void scriptArgumentsReachSysArgv() throws Exception {
        Path f = script("args.weft", "import sys\nprint(sys.argv[1:])\n");
        Result r = weft("", f.toString(), "one", "--two");
        assertEquals("['one', '--two']\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void dashCRunsCodeWithItsOwnArgv() throws Exception {
        Result r = weft("", "-c", "import sys; print(sys.argv)", "a", "b");
        assertEquals("['-c', 'a', 'b']\n", r.out());
    }

    @Test
    void dashCCodeHasNoFileButStdinAndScriptsDo() throws Exception {
        Result c = weft("", "-c", "print(__doc__)\nprint(__file__)");
        assertEquals("None\n", c.out());
        assertTrue(c.err().endsWith("NameError: name '__file__' is not defined\n"), c.err());
        assertEquals("<stdin>\n", weft("print(__file__)\n").out());
        Path f = script("named.weft", "'The doc.'\nprint(__doc__, __file__.endswith('named.weft'))\n");
        assertEquals("The doc. True\n", weft("", f.toString()).out());
    }

    @Test
    void pipedStdinRunsAsAScriptAsPython3Does() throws Exception {
        Result r = weft("for i in range(3):\n    print(i)\n");
        assertEquals("0\n1\n2\n", r.out());
        assertEquals(0, r.status());
        Result dash = weft("import sys\nprint(sys.argv)\n", "-", "x");
        assertEquals("['-', 'x']\n", dash.out());
    }

    @Test
    void sysExitSetsTheStatus() throws Exception {
        assertEquals(3, weft("", "-c", "import sys; sys.exit(3)").status());
        Result r = weft("", "-c", "import sys; sys.exit('bye')");
        assertEquals(1, r.status());
        assertEquals("bye\n", r.err());
    }

    @Test
    void dashIWithPipedInputEchoesLikeTheReplAndReportsTheLastFailure() throws Exception {
        Path f = script("setup.weft", "base = 40\n");
        Result ok = weft("base + 2\n", "-i", f.toString());
        assertEquals("42\n", ok.out());
        assertEquals(0, ok.status());
        assertEquals(1, weft("base + 2\nnope\n", "-i", f.toString()).status());
    }

    @Test
    void dashIWithDashCRunsTheCodeFirst() throws Exception {
        Result r = weft("x * 2\n", "-i", "-c", "x = 21");
        assertEquals("42\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void ctrlCRaisesKeyboardInterruptSoFinallyBlocksRun() throws Exception {
        Path f = script("busy.weft", "print('started', flush=True)\ntry:\n    while True:\n"
                + "        sleep(0.01)\nfinally:\n    print('cleaned up')\n");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                f.toString()));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.readString(dir.resolve("out")).contains("started")) {
            assertTrue(System.currentTimeMillis() < deadline, "script never started");
            Thread.sleep(20);
        }
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "Ctrl-C did not stop the script");
        assertEquals(130, p.exitValue());
        assertEquals("started\ncleaned up\n", Files.readString(dir.resolve("out")));
        assertTrue(Files.readString(dir.resolve("err")).endsWith("KeyboardInterrupt\n"));
    }

    @Test
    void versionHelpAndUsageErrors() throws Exception {
        Result v = weft("", "--version");
        assertTrue(v.out().startsWith("Weft 0.1.0 (Python 3.11 language level)"), v.out());
        Result h = weft("", "--help");
        assertEquals(0, h.status());
        assertTrue(h.out().contains("--virtual-time") && h.out().contains("Exit status"), h.out());
        Result bad = weft("", "--no-such-option");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("try weft --help"), bad.err());
        Result missing = weft("", "missing.weft");
        assertEquals(2, missing.status());
        assertEquals("weft: can't open file 'missing.weft': [Errno 2] No such file or directory\n",
                missing.err());
    }

    @Test
    void noJavaStackTraceReachesTheUserForAScriptsFault() throws Exception {
        Result r = weft("", "-c", "def f(): f()\nf()");
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("RecursionError: maximum recursion depth exceeded\n"), r.err());
        assertFalse(r.err().contains("at dev.weft"), r.err());
        assertFalse(r.err().contains("java."), r.err());
    }

    @Test
    void virtualTimeFinishesLongSleepsAtOnceInOrder() throws Exception {
        Result r = weft("", "--virtual-time", "-c",
                "async def w(n, d):\n    await sleep(d)\n    print(n)\n"
                + "a = spawn w('late', 3600)\nb = spawn w('early', 60)\njoinall([a, b])\n");
        assertEquals("early\nlate\n", r.out());
    }
}
