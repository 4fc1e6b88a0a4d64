// SPDX-License-Identifier: Apache-2.0
package dev.weft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public Java API: what a host program sees of an embedded interpreter. */
class EmbeddingTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Weft weft = Weft.builder().stdout(out).stderr(err).build();

    private String out() {
        weft.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void execDefinesGlobalsThatEvalGetAndCallSee() {
        weft.exec("def square(x):\n    return x * x\nlimit = 10\n");
        assertEquals(9L, weft.call("square", 3));
        assertEquals(10L, weft.get("limit"));
        assertEquals("a-b", weft.eval("'-'.join(['a', 'b'])"));
        assertEquals(2.5, weft.eval("limit / 4"));
        assertEquals(null, weft.get("missing"));
    }

    @Test
    void javaValuesAreConvertedOnTheWayIn() {
        weft.set("n", 41);
        weft.set("items", List.of(1, "two", 3.0f));
        weft.set("table", Map.of("k", 7));
        weft.set("nothing", null);
        assertEquals("(42, [1, 'two', 3.0], {'k': 7}, None)",
                weft.eval("repr((n + 1, items, table, nothing))"));
    }

    @Test
    void charactersArraysAndSetsAreConverted() {
        weft.set("c", 'x');
        weft.set("words", new String[] {"a", "b"});
        weft.set("nums", new int[] {1, 2});
        weft.set("flags", new boolean[] {true});
        weft.set("tags", new java.util.TreeSet<>(List.of(3, 1)));
        weft.set("nested", Map.of("k", new long[] {7}));
        assertEquals("('x', ['a', 'b'], [1, 2], [True], {1, 3}, {'k': [7]})",
                weft.eval("repr((c, words, nums, flags, tags, nested))"));
        weft.exec("def size(x):\n    return len(x)\n");
        assertEquals(3L, weft.call("size", (Object) new char[] {'a', 'b', 'c'}));
    }

    @Test
    void javaObjectsWithoutAScriptValueAreRefusedWhenPassedIn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> weft.set("t", new Thread()));
        assertTrue(e.getMessage().contains("java.lang.Thread"), e.getMessage());
        assertEquals(null, weft.get("t"));
        weft.exec("def ident(x):\n    return x\n");
        e = assertThrows(IllegalArgumentException.class,
                () -> weft.call("ident", java.util.Optional.of(1)));
        assertTrue(e.getMessage().contains("java.util.Optional"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> weft.set("bad", List.of(new Object())));
        e = assertThrows(IllegalArgumentException.class,
                () -> weft.set("keys", Map.of(List.of(1), 2)));
        assertTrue(e.getMessage().contains("list"), e.getMessage());
    }

    @Test
    void printGoesToTheConfiguredStdout() {
        weft.exec("print('hello', 42, sep=', ')");
        assertEquals("hello, 42\n", out());
    }

    @Test
    void aScriptExceptionBecomesAWeftExceptionWithItsTraceback() {
        weft.exec("def fail():\n    raise KeyError('gone')\n");
        WeftException e = assertThrows(WeftException.class, () -> weft.call("fail"));
        assertEquals("KeyError", e.pythonType());
        assertEquals("KeyError: 'gone'", e.getMessage());
        assertTrue(e.traceback().startsWith("Traceback (most recent call last):\n"),
                e.traceback());
        assertTrue(e.traceback().endsWith("KeyError: 'gone'\n"), e.traceback());
        assertEquals(3L, weft.eval("1 + 2"), "the interpreter is usable afterwards");
    }

    @Test
    void aSyntaxErrorSaysWhereAndWhy() {
        WeftSyntaxException e = assertThrows(WeftSyntaxException.class,
                () -> weft.exec("x = 1\nif x\n    pass\n"));
        assertEquals(2, e.line());
        assertEquals(5, e.column());
        assertEquals("<string>:2:5\n    if x\n        ^\nSyntaxError: expected ':'\n",
                e.diagnostic());
        assertThrows(WeftSyntaxException.class, () -> weft.eval("1 +"));
    }

    @Test
    void callingAnUnknownGlobalIsAnArgumentError() {
        assertThrows(IllegalArgumentException.class, () -> weft.call("nope"));
    }

    @Test
    void runMainReportsTheExitStatusAsTheCommandWould() {
        assertEquals(0, weft.runMain("print('ok')\n", "main.weft"));
        assertEquals(1, weft.runMain("1 / 0\n", "main.weft"));
        assertTrue(err.toString(StandardCharsets.UTF_8)
                .endsWith("ZeroDivisionError: division by zero\n"));
        assertEquals(4, weft.runMain("import sys\nsys.exit(4)\n", "main.weft"));
        assertEquals(2, weft.runMain("def\n", "main.weft"));
    }

    @Test
    void stdinAndArgvComeFromTheBuilder() {
        Weft w = Weft.builder().stdout(out).stdin(new ByteArrayInputStream(
                "typed line\n".getBytes(StandardCharsets.UTF_8)))
                .argv(List.of("prog", "x")).build();
        w.exec("import sys\nprint(input('> '), sys.argv)\n");
        w.flush();
        assertEquals("> typed line ['prog', 'x']\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void virtualTimeMakesLongSleepsInstant() {
        Weft w = Weft.builder().stdout(out).virtualTime(true).build();
        long start = System.nanoTime();
        w.exec("order = []\n"
                + "async def nap(name, hours):\n    await sleep(hours * 3600)\n"
                + "    order.append(name)\n"
                + "joinall([spawn nap('b', 2), spawn nap('a', 1)])\n");
        assertEquals("['a', 'b']", w.eval("repr(order)"));
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "two hours took real time");
    }
}
