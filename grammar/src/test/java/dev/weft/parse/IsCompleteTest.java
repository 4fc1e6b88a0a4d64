// SPDX-License-Identifier: Apache-2.0
package dev.weft.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Parser#isComplete}: the REPL's question "run it, or read another line?". The input is
 * the lines typed so far joined by "\n"; an empty last line is the user's blank line.
 */
class IsCompleteTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // whole inputs
        "``                                  | true",
        "`x = 1`                             | true",
        "`print(1)`                          | true",
        "`x = 1\\ny = 2`                     | true",
        "`await x`                           | true",
        "`t = spawn f()`                     | true",
        "`spawn`                             | true",
        "`spawn = 3`                         | true",
        "`spawn(f, 1)`                       | true",
        "`spawn f(`                          | false",
        "`spawn (`                           | false",
        // definite errors: the REPL reports them at once
        "`x = 1 +`                           | true",
        "`x = $`                             | true",
        "`x = 'abc`                          | true",
        "`def f(:`                           | true",
        "`f(a b`                             | true",
        "`if x:\\n    pass\\nelse`           | true",
        "`  x = 1`                           | true",
        // open brackets, strings and continuation lines
        "`x = (1 +`                          | false",
        "`x = [1,\\n2`                       | false",
        "`x = (\\n\\n`                       | false",
        "`'''abc`                            | false",
        "`'''abc\\n\\n`                      | false",
        "`x = 1 \\\\`                        | false",
        // compound statements end at a blank line
        "`if x:`                             | false",
        "`if x:\\n    y = 1`                 | false",
        "`if x:\\n    y = 1\\n`              | true",
        "`if x:\\n    y = 1\\n  `            | true",
        "`for x in y: print(x)`              | false",
        "`for x in y: print(x)\\n`           | true",
        "`class A:\\n    def f(self):\\n        pass` | false",
        "`if x:\\n    pass\\nelse:\\n    pass` | false",
        "`try:\\n    pass`                   | false",
        "`@dec`                              | false",
        "`@dec\\ndef f(): pass`              | false",
        "`async def f():\\n    await x`      | false",
        // a blank line after a header that still lacks its block is an error to report
        "`if x:\\n`                          | true",
        "`try:\\n    pass\\n`                | true",
    })
    void decides(String input, boolean complete) {
        String source = input.replace("\\n", "\n").replace("\\\\", "\\");
        assertEquals(complete, Parser.isComplete(source), source);
    }
}
