// SPDX-License-Identifier: Apache-2.0
package dev.weft.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** Which words the REPL shows as keywords: soft keywords only where the parser reads them so. */
class WeftHighlighterTest {
    private static final AttributedStyle KEYWORD =
            AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);

    /** The words drawn in bold, in order. */
    private static List<String> bold(String input) {
        AttributedString s = WeftHighlighter.highlight(input);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            boolean isBold = i < s.length() && s.styleAt(i).equals(KEYWORD);
            if (isBold) {
                word.append(s.charAt(i));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    @Test
    void spawnIsAKeywordBeforeAnOperand() {
        assertEquals(List.of("spawn"), bold("spawn worker(1)"));
        assertEquals(List.of("spawn"), bold("t = spawn f()"));
        assertEquals(List.of("await", "spawn"), bold("await spawn fetch(1)"));
        assertEquals(List.of("spawn", "None"), bold("spawn None"));
    }

    @Test
    void spawnIsANameElsewhere() {
        assertEquals(List.of(), bold("gevent.spawn(f, 5)"));
        assertEquals(List.of(), bold("spawn = 3"));
        assertEquals(List.of(), bold("spawn(f)"));
        assertEquals(List.of("def"), bold("def spawn(self, n):"));
        assertEquals(List.of("from", "import"), bold("from gevent import spawn"));
        assertEquals(List.of("if", "else"), bold("spawn if x else y"));
        assertEquals(List.of("not", "in"), bold("spawn not in s"));
    }

    @Test
    void matchAndCaseStartTheirStatements() {
        assertEquals(List.of("match"), bold("match command.split():"));
        assertEquals(List.of("case", "if"), bold("    case [x, y] if x > y:  # two"));
        assertEquals(List.of(), bold("match = re.match(p, s)"));
        assertEquals(List.of(), bold("case.upper()"));
        assertEquals(List.of(), bold("print(match, case)"));
    }
}
