// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of src/test/resources/errors/syntax_errors.txt: the exception class, CPython's
 * message, and the line and column it points at.
 */
class SyntaxErrorTest {
    private static final Path CASES = Path.of("src/test/resources/errors/syntax_errors.txt");
    private static final Pattern EXPECTED = Pattern.compile("---> (\\w+): (.*) @(\\d+):(\\d+)");

    /** One case of the file. */
    record Case(String title, String source, String kind, String message, int line, int col) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        String title = null;
        List<String> source = new ArrayList<>();
        for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
            if (line.startsWith("#### ")) {
                title = line.substring(5);
                source.clear();
            } else if (line.startsWith("---> ") && title != null) {
                Matcher m = EXPECTED.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException("bad expectation: " + line);
                }
                out.add(new Case(title, String.join("\n", source), m.group(1), m.group(2),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
                title = null;
            } else if (title != null) {
                source.add(line);
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> cpythonMessages() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() > 400, "read the cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(
                c.title() + " <- " + c.source().replace("\n", "\\n"), () -> check(c)));
    }

    private static void check(Case c) {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(c.source(), "t.weft"),
                c.source());
        String actual = e.kind() + ": " + e.getMessage() + " @" + e.line() + ":" + (e.col() + 1);
        String expected = c.kind() + ": " + c.message() + " @" + c.line() + ":" + c.col();
        assertEquals(expected, actual, c.source());
    }

    @Test
    void antlrNeverPrints() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (String s : List.of("x = = 1", "def (", "a $ b", "if x\n", "class", "f(a b)")) {
                assertThrows(SyntaxError.class, () -> Parser.parse(s, "t"));
            }
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void formatShowsFileLineCaretAndMessage() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("if x\n    pass\n",
                "x.weft"));
        assertEquals("x.weft:1:5\n    if x\n        ^\nSyntaxError: expected ':'\n", e.format());
        assertEquals("if x", e.sourceLine());
    }

    @Test
    void windowsLineEndsReportTheSameLines() {
        SyntaxError e = assertThrows(SyntaxError.class,
                () -> Parser.parse("x = 1\r\ny = (1 2)\r\n", "t"));
        assertEquals("invalid syntax. Perhaps you forgot a comma?", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(5, e.col());
    }

    @Test
    void parseExpressionReportsErrorsToo() {
        SyntaxError e = assertThrows(SyntaxError.class,
                () -> Parser.parseExpression("1 +", "<string>"));
        assertEquals("invalid syntax", e.getMessage());
        assertThrows(SyntaxError.class, () -> Parser.parseExpression("x = 1", "<string>"));
    }
}
