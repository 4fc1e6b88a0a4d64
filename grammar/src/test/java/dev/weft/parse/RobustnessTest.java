// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken input never escapes as anything but a {@link SyntaxError}: the broad sample, damaged
 * at random (a fixed seed, so failures reproduce) by deleting characters and inserting tokens.
 */
class RobustnessTest {
    private static final String[] PIECES = {"(", ")", "[", "]", "{", "}", ":", ",", "=", " ",
        "\n", "    ", "\t", "'", "\"", "\"\"\"", "f'", "{x}", "*", "**", "if", "else", "lambda",
        "yield", "await", "spawn", ".", "\\", "#", "1", "0x", "_", ":=", "->", "@", "not", "in",
        "async", "def", "class", "return", ";", "€", "$", "!"};

    @Test
    void damagedSourcesFailCleanly() throws Exception {
        String sample = Files.readString(Path.of("src/test/resources/samples/everything.weft"));
        Random random = new Random(20_261_122L);
        int errors = 0;
        for (int i = 0; i < 400; i++) {
            String damaged = damage(sample, random);
            try {
                Parser.parse(damaged, "damaged.weft");
            } catch (SyntaxError e) {
                errors++;
                assertTrue(e.line() >= 1 && e.col() >= 0, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + i + " threw " + e + " for:\n" + damaged, e);
            }
            Parser.isComplete(damaged);
        }
        assertTrue(errors > 250, "most damaged sources are errors: " + errors);
    }

    private static String damage(String source, Random random) {
        StringBuilder sb = new StringBuilder(source);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0:
                    sb.deleteCharAt(at);
                    break;
                case 1:
                    sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
                    break;
                default:
                    sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(5)));
                    break;
            }
        }
        return sb.toString();
    }
}
