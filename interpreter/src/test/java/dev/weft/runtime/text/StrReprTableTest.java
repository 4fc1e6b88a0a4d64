// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** repr() and ascii() of random strs, and repr() of bytes, against CPython's tables. */
class StrReprTableTest {
    @Test
    void strReprAndAsciiMatchCPython() {
        List<String[]> rows = Tables.read("str_repr.tsv");
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            String repr = StrRepr.repr(row[0]);
            String ascii = StrRepr.ascii(row[0]);
            if (!repr.equals(row[1]) || !ascii.equals(row[2])) {
                bad.add(row[2] + ": repr " + StrRepr.ascii(repr) + " ascii " + ascii);
            }
        }
        Tables.checkAll("str repr", bad, rows.size());
    }

    @Test
    void bytesReprMatchesCPython() {
        List<String[]> rows = Tables.read("bytes_repr.tsv");
        List<String> bad = new ArrayList<>();
        for (String[] row : rows) {
            byte[] b = row[0].equals("-") ? new byte[0] : HexFormat.of().parseHex(row[0]);
            String repr = StrRepr.reprBytes(b);
            if (!repr.equals(row[1])) {
                bad.add(row[0] + ": " + repr + " expected " + row[1]);
            }
        }
        Tables.checkAll("bytes repr", bad, rows.size());
    }
}
