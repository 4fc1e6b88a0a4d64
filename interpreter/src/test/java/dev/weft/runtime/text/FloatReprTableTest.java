// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** repr(), hash() and round() of thousands of doubles against tables CPython produced. */
class FloatReprTableTest {
    private static final java.math.BigInteger MIN = java.math.BigInteger.valueOf(Long.MIN_VALUE);
    private static final java.math.BigInteger MAX = java.math.BigInteger.valueOf(Long.MAX_VALUE);

    @Test
    void reprAndHashMatchCPythonForRandomDoubles() {
        List<String[]> rows = Tables.read("float_repr.tsv");
        assertTrue(rows.size() >= 2000);
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            double x = Tables.bitsToDouble(row[0]);
            String repr = FloatRepr.repr(x);
            if (!repr.equals(row[1])) {
                bad.add(row[0] + ": repr " + repr + " expected " + row[1]);
            }
            if (!Double.isNaN(x) && FloatRepr.hash(x) != Long.parseLong(row[2])) {
                bad.add(row[0] + ": hash " + FloatRepr.hash(x) + " expected " + row[2]);
            }
        }
        Tables.checkAll("float repr/hash", bad, rows.size());
    }

    @Test
    void reprReadsBackAsTheSameDouble() {
        List<String> bad = new ArrayList<>();
        List<String[]> rows = Tables.read("float_repr.tsv");
        for (String[] row : rows) {
            double x = Tables.bitsToDouble(row[0]);
            if (Double.isNaN(x)) {
                continue;
            }
            double back = FloatParse.parse(FloatRepr.repr(x));
            if (Double.doubleToRawLongBits(back) != Double.doubleToRawLongBits(x)) {
                bad.add(row[0] + " -> " + FloatRepr.repr(x));
            }
        }
        Tables.checkAll("float repr round trip", bad, rows.size());
    }

    @Test
    void roundMatchesCPython() {
        List<String[]> rows = Tables.read("float_round.tsv");
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            double x = Tables.bitsToDouble(row[0]);
            String got;
            if (row[1].equals("-")) {
                got = Tables.outcome(() -> FloatRepr.roundToInt(x).toString());
            } else {
                // CPython clips an out-of-range ndigits to the ssize_t range.
                long n = new java.math.BigInteger(row[1]).max(MIN).min(MAX).longValue();
                got = Tables.outcome(() -> Tables.doubleToBits(FloatRepr.round(x, n)));
            }
            if (!got.equals(row[2])) {
                bad.add("round(" + FloatRepr.repr(x) + ", " + row[1] + ") = " + got
                        + " expected " + row[2]);
            }
        }
        Tables.checkAll("round", bad, rows.size());
    }
}
