// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** float(text) against CPython, including halfway strings between neighbouring doubles. */
class FloatParseTableTest {
    @Test
    void parseMatchesCPython() {
        List<String[]> rows = Tables.read("float_parse.tsv");
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            String got = Tables.outcome(() -> Tables.doubleToBits(FloatParse.parse(row[0])));
            if (!got.equals(row[1])) {
                bad.add("float(" + StrRepr.repr(row[0]) + ") = " + got + " expected " + row[1]);
            }
        }
        Tables.checkAll("float()", bad, rows.size());
    }
}
