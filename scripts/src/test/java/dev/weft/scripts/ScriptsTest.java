// SPDX-License-Identifier: Apache-2.0
package dev.weft.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every script under {@code scripts/}: behaviour files check their inline expectations,
 * whole programs their sidecar {@code NAME.out} (and {@code NAME.err}); where python3 is on the
 * PATH, each Python-subset script also runs under CPython and must behave the same.
 */
class ScriptsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final List<String> AREAS =
            List.of("language", "errors", "generators", "tasks", "async", "stdlib", "programs",
                    "seeds");

    @TestFactory
    Stream<DynamicNode> weft() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (String area : AREAS) {
            Path dir = ROOT.resolve(area);
            if (Files.isDirectory(dir)) {
                nodes.add(container(dir, false));
            }
        }
        return nodes.stream();
    }

    @TestFactory
    Stream<DynamicNode> cpython() throws IOException {
        for (CPython oracle : List.of(CPython.PLAIN, CPython.GEVENT)) {
            if (!oracle.available()) {
                System.out.println("[scripts] differential tests skipped: " + oracle.describe());
            }
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (String area : AREAS) {
            Path dir = ROOT.resolve(area);
            if (Files.isDirectory(dir)) {
                nodes.add(container(dir, true));
            }
        }
        return nodes.stream();
    }

    private DynamicContainer container(Path dir, boolean differential) throws IOException {
        List<DynamicNode> children = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                if (Files.isDirectory(p)) {
                    children.add(container(p, differential));
                } else if (isScript(p)) {
                    children.add(DynamicTest.dynamicTest(p.getFileName().toString(), p.toUri(),
                            () -> {
                                if (differential) {
                                    compareWithCPython(p);
                                } else {
                                    check(p);
                                }
                            }));
                }
            }
        }
        return DynamicContainer.dynamicContainer(dir.getFileName().toString(), children);
    }

    private static boolean isScript(Path p) {
        String n = p.getFileName().toString();
        return (n.endsWith(".weft") || n.endsWith(".py")) && !n.startsWith("_")
                && !isHelperModule(p);
    }

    /** Modules imported by other scripts live in folders named {@code modules}. */
    private static boolean isHelperModule(Path p) {
        return p.getParent().getFileName().toString().equals("modules");
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static Path sidecar(Path script, String ext) {
        String n = script.getFileName().toString();
        return script.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ext);
    }

    private void check(Path script) throws IOException {
        String source = read(script);
        Expectations e = Expectations.parse(source);
        assumeTrue(e.skip == null, () -> "skipped: " + e.skip);
        Run run = Run.weft(script, source, e);
        Path out = sidecar(script, ".out");
        if (Files.exists(out)) {
            checkProgram(script, run);
            return;
        }
        assertTrue(!e.stdout.isEmpty() || e.runtimeError != null || e.syntaxError != null,
                "a behaviour script must state at least one expectation");
        if (e.syntaxError != null) {
            assertEquals("SyntaxError: " + e.syntaxError, lastLine(run.stderr()).replaceFirst(
                    "^(IndentationError|TabError)", "SyntaxError"), "syntax error\n" + run.stderr());
            assertTrue(run.stderr().contains(":" + e.syntaxErrorLine + ":"),
                    "syntax error on line " + e.syntaxErrorLine + "\n" + run.stderr());
        }
        assertEquals(Placeholders.normalize(String.join("\n", e.stdout)),
                Placeholders.normalize(run.stdout().stripTrailing()),
                "stdout\n--- stderr ---\n" + run.stderr());
        if (e.runtimeError != null) {
            assertEquals(e.runtimeError, run.lastErrorLine(), "uncaught error\n" + run.stderr());
            assertEquals(e.runtimeErrorLine, run.innermostLine(),
                    "line of the uncaught error\n" + run.stderr());
        } else if (e.syntaxError == null && e.stderr.isEmpty()) {
            assertEquals("", run.stderr(), "stderr");
        }
        for (String text : e.stderr) {
            assertTrue(run.stderr().contains(text), "stderr should contain: " + text + "\n"
                    + run.stderr());
        }
        assertEquals(e.expectedExit(), run.exit(), "exit status\n" + run.stderr());
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }

    private void checkProgram(Path script, Run run) throws IOException {
        assertEquals(Placeholders.normalize(bareName(read(sidecar(script, ".out")), script)),
                Placeholders.normalize(bareName(run.stdout(), script)),
                "stdout\n--- stderr ---\n" + run.stderr());
        Path err = sidecar(script, ".err");
        int exit = 0;
        if (Files.exists(err)) {
            for (String line : read(err).split("\n")) {
                if (line.startsWith("exit: ")) {
                    exit = Integer.parseInt(line.substring(6).trim());
                } else if (line.startsWith("stderr: ")) {
                    assertEquals(Placeholders.normalize(line.substring(8)),
                            Placeholders.normalize(run.lastErrorLine()), run.stderr());
                }
            }
        } else {
            assertEquals("", run.stderr(), "stderr");
        }
        assertEquals(exit, run.exit(), "exit status\n" + run.stderr());
    }

    /**
     * The script's path as its bare name, so output naming the script (tracebacks, doctest
     * reports) compares equal wherever the checkout is.
     */
    private static String bareName(String stderr, Path script) {
        return stderr.replace(script.toAbsolutePath().toString(), script.getFileName().toString())
                .replace(script.toString(), script.getFileName().toString());
    }

    private void compareWithCPython(Path script) throws Exception {
        String source = read(script);
        Expectations e = Expectations.parse(source);
        assumeTrue(e.skip == null && e.python, "not a CPython comparison");
        CPython oracle = e.oracle;
        assumeTrue(oracle.available(), oracle::describe);
        Run weft = Run.weft(script, source, e);
        Run cpython = oracle.run(script, e.stdin, e.args);
        assertEquals(Placeholders.normalize(bareName(cpython.stdout(), script)),
                Placeholders.normalize(bareName(weft.stdout(), script)), "stdout differs from "
                + oracle.describe() + "\n--- weft stderr ---\n" + weft.stderr()
                + "--- cpython stderr ---\n" + cpython.stderr());
        assertEquals(Placeholders.normalize(cpython.lastErrorLine()),
                Placeholders.normalize(weft.lastErrorLine()), "last stderr line differs"
                + " from CPython\n--- weft ---\n" + weft.stderr() + "--- cpython ---\n"
                + cpython.stderr());
        if (e.exactStderr) {
            assertEquals(bareName(cpython.stderr(), script), bareName(weft.stderr(), script),
                    "stderr differs from CPython");
        }
        if (e.syntaxError == null) {
            assertEquals(cpython.exit(), weft.exit(), "exit status differs from CPython");
        }
    }
}
