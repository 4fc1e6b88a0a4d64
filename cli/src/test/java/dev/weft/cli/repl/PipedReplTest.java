// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.Weft;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The REPL fed by a pipe (weft -i < file): echo, blocks, errors, await, exit status. */
class PipedReplTest {
    private record Result(int status, String out, String err) {}

    private static Result run(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Weft.Builder builder = Weft.builder().stdout(out).stderr(err).virtualTime(true);
        PrintWriter pw = new PrintWriter(out, true, StandardCharsets.UTF_8);
        int status = new PipedRepl(builder::build, new BufferedReader(new StringReader(input)),
                pw).run();
        return new Result(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void echoesExpressionsButNotNoneAndKeepsUnderscore() throws Exception {
        Result r = run("x = 20\nx + 1\nNone\n_ * 2\n'text'\n");
        assertEquals("21\n42\n'text'\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void multiLineDefinitionsEndAtBlankLine() throws Exception {
        Result r = run("def f(n):\n    if n:\n        return n * 2\n    return -1\n\nf(4)\nf(0)\n");
        assertEquals("8\n-1\n", r.out());
    }

    @Test
    void aTracebackThenRecovery() throws Exception {
        Result r = run("1/0\nprint('still here')\n");
        assertTrue(r.err().contains("ZeroDivisionError: division by zero"), r.err());
        assertTrue(r.err().contains("File \"<stdin>\", line 1, in <module>"), r.err());
        assertEquals("still here\n", r.out());
        assertEquals(0, r.status());
    }

    @Test
    void resetStartsAFreshInterpreter() throws Exception {
        Result r = run("x = 1\nx\n:reset\n'x' in globals()\n");
        assertEquals("1\nFalse\n", r.out());
    }

    @Test
    void exitsOneWhenTheLastInputFailed() throws Exception {
        assertEquals(1, run("x = 1\nundefined_name\n").status());
    }

    @Test
    void topLevelAwaitAndBackgroundTasks() throws Exception {
        Result r = run("async def twice(x):\n    await sleep(1)\n    return x * 2\n\n"
                + "await twice(21)\nt = spawn twice(5)\nawait t\n");
        assertEquals("42\n10\n", r.out());
    }

    @Test
    void spawnIsANameUntilItIsFollowedByAnOperand() throws Exception {
        Result r = run("def twice(x):\n    return x * 2\n\nt = spawn twice(4)\nt.join()\nt.value\n"
                + "spawn = 'mine'\nspawn\nu = spawn twice(spawn)\nu.join()\nu.value\n");
        assertEquals("8\n'mine'\n'minemine'\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aMatchStatementEndsAtABlankLine() throws Exception {
        Result r = run("match = [2, 3]\nmatch match:\n    case [1, *_]:\n        print('one')\n"
                + "    case [n, *rest]:\n        print('n', n, rest)\n\ncase = n\ncase\n");
        assertEquals("n 2 [3]\n2\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void exitLeavesWithItsCode() throws Exception {
        assertEquals(3, run("print('a')\nexit(3)\nprint('b')\n").status());
    }
}
