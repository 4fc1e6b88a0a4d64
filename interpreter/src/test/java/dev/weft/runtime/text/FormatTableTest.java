// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * format(value, spec) for ints, bools, floats and strs over a fixed grid of specs and a few
 * thousand random ones, against CPython's answers (results and error messages).
 */
class FormatTableTest {
    @Test
    void formatMatchesCPython() {
        List<String[]> rows = Tables.read("format_cases.tsv");
        assertTrue(rows.size() > 10000);
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            Object value = value(row[0], row[1]);
            String spec = row[2];
            String got = Tables.outcome(() -> Formatter.format(value, spec));
            if (!got.equals(row[3])) {
                bad.add(row[0] + " " + row[1] + " '" + spec + "': got " + got + " expected "
                        + row[3]);
            }
        }
        Tables.checkAll("format", bad, rows.size());
    }

    private static Object value(String kind, String text) {
        switch (kind) {
            case "i":
                return IntValue.normalize(new BigInteger(text));
            case "b":
                return Boolean.valueOf(text.equals("True"));
            case "f":
                return Tables.bitsToDouble(text);
            default:
                return text;
        }
    }
}
