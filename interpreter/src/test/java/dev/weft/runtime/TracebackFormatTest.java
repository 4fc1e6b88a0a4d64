// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.Weft;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole tracebacks, character for character: each {@code tracebacks/NAME.py} fails, and
 * {@code NAME.err} is what CPython 3.11 printed for it (frames, source lines, the {@code ~^}
 * markers under the failing operation, chaining, folded repeats).
 */
class TracebackFormatTest {

    @TestFactory
    Stream<DynamicTest> tracebacksMatchCPython() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/tracebacks").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".py")).sorted()
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path script) throws IOException {
        String name = script.getFileName().toString();
        String expected = Files.readString(script.resolveSibling(
                name.replace(".py", ".err")));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Weft weft = Weft.builder().stdout(new ByteArrayOutputStream()).stderr(err).build();
        int status = weft.runMain(Files.readString(script), name);
        assertEquals(1, status, "exit status");
        assertEquals(expected, err.toString(StandardCharsets.UTF_8));
    }
}
