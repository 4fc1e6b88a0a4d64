// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.ast.ModuleAst;
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
 * Parses every Python-syntax file under src/test/resources (the AST goldens' inputs and the
 * broad samples): each must parse, and print the same way twice. The 350-line
 * samples/everything.weft exercises the whole grammar; its AST equals CPython 3.11's.
 */
class SamplesTest {

    @TestFactory
    Stream<DynamicTest> everyFileParses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".weft")).sorted()
                    .collect(Collectors.toList());
        }
        assertTrue(files.size() > 20, "found the sample files");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), f.toUri(), () -> {
            String source = Files.readString(f, StandardCharsets.UTF_8);
            ModuleAst module = Parser.parse(source, f.toString());
            assertFalse(module.body().isEmpty());
            assertEquals(AstPrinter.print(module), AstPrinter.print(Parser.parse(source, "x")));
        }));
    }
}
