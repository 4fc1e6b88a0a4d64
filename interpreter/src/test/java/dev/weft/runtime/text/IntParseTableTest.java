// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** int(text, base), hash, hex/oct/bin and float() of ints against CPython's tables. */
class IntParseTableTest {
    @Test
    void parseMatchesCPython() {
        List<String[]> rows = Tables.read("int_parse.tsv");
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            int base = Integer.parseInt(row[1]);
            String got = Tables.outcome(() -> show(IntParse.parse(row[0], base)));
            if (!got.equals(row[2])) {
                bad.add("int(" + StrRepr.repr(row[0]) + ", " + base + ") = " + clip(got)
                        + " expected " + clip(row[2]));
            }
        }
        Tables.checkAll("int()", bad, rows.size());
    }

    @Test
    void hashAndBaseConversionsMatchCPython() {
        List<String[]> rows = Tables.read("int_misc.tsv");
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            Number v = IntValue.normalize(new BigInteger(row[0]));
            String got = IntHash.hash(v) + " " + IntParse.toString(v, 16, true) + " "
                    + IntParse.toString(v, 8, true) + " " + IntParse.toString(v, 2, true) + " "
                    + Tables.outcome(() -> Tables.doubleToBits(IntValue.toDouble(v)));
            String expected = row[1] + " " + row[2] + " " + row[3] + " " + row[4] + " " + row[5];
            if (!got.equals(expected)) {
                bad.add(row[0] + ": " + got + " expected " + expected);
            }
            if (!(v instanceof Long) && IntValue.fitsLong((BigInteger) v)) {
                bad.add(row[0] + " not normalized");
            }
        }
        Tables.checkAll("int hash/hex/oct/bin/float", bad, rows.size());
    }

    private static String show(Number n) {
        BigInteger b = IntValue.toBig(n);
        if (n instanceof BigInteger && IntValue.fitsLong(b)) {
            return "not normalized: " + b;
        }
        if (b.abs().compareTo(BigInteger.TEN.pow(100)) >= 0) {
            return "hex:" + IntParse.toString(b, 16, true);
        }
        return b.toString();
    }

    private static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
