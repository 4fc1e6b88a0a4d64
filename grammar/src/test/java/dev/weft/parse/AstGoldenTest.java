// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per {@code src/test/resources/ast/NAME.weft}: its {@link AstPrinter} dump must equal
 * {@code NAME.ast}. Run with {@code -Dweft.updateGoldens=true} to rewrite the .ast files after
 * an intended change (then review the diff). Except where Weft deliberately differs (spawn,
 * UTF-16 columns, spans of tuples inside f-string fields), the goldens equal CPython 3.11's AST.
 */
class AstGoldenTest {
    static final Path DIR = Path.of("src/test/resources/ast");

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        boolean update = Boolean.getBoolean("weft.updateGoldens");
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> p.toString().endsWith(".weft")).sorted()
                    .collect(Collectors.toList());
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(
                input.getFileName().toString(), input.toUri(), () -> check(input, update)));
    }

    private static void check(Path input, boolean update) throws IOException {
        String source = Files.readString(input, StandardCharsets.UTF_8);
        String actual = AstPrinter.print(Parser.parse(source, input.toString()));
        Path golden = Path.of(input.toString().replaceFirst("\\.weft$", ".ast"));
        if (update) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no " + golden.getFileName()
                + ": run the tests with -Dweft.updateGoldens=true, then review it");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "AST of " + input.getFileName());
    }
}
