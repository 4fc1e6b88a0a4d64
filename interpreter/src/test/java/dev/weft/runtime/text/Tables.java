// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the CPython-generated tables beside the tests (see gen_tables.py in the resources):
 * tab-separated rows whose fields escape non-ASCII as \\uXXXX UTF-16 units.
 */
final class Tables {
    private Tables() {
    }

    /** The rows of a table, fields decoded, comment lines skipped. */
    static List<String[]> read(String name) {
        InputStream in = Tables.class.getResourceAsStream(name);
        assertNotNull(in, "missing test table " + name);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = decode(fields[i]);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String decode(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (field.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else {
                out.append((char) Integer.parseInt(field.substring(i + 2, i + 6), 16));
                i += 5;
            }
        }
        return out.toString();
    }

    static double bitsToDouble(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    static String doubleToBits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    /**
     * Runs an action and renders its outcome as the tables do: "=" and the value, or "!" and
     * the Python exception type and message.
     */
    static String outcome(Supplier<String> action) {
        try {
            return "=" + action.get();
        } catch (TextError e) {
            return "!" + e.pyType + ":" + e.getMessage();
        }
    }

    /** Checks every row, reporting all mismatches at once (at most 40 shown). */
    static void checkAll(String what, List<String> mismatches, int total) {
        StringBuilder msg = new StringBuilder();
        for (int i = 0; i < Math.min(40, mismatches.size()); i++) {
            msg.append('\n').append(mismatches.get(i));
        }
        assertEquals(0, mismatches.size(),
                what + ": " + mismatches.size() + " of " + total + " differ" + msg);
    }
}
