// SPDX-License-Identifier: Apache-2.0
package dev.weft.scripts;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What expected output may leave open, because no two runs print it alike:
 * <ul>
 * <li>an object address (0x and 9 to 16 hex digits, as in {@code <Greenlet at 0x7fa70ffa1c30:
 * f(5)>}) stands for some address, the same one wherever it recurs and a different one where
 * a different address is written: addresses are compared by the order they first appear;
 * <li>a UTC timestamp (2024-01-31T12:00:00Z, as gevent prints before "failed with") stands for
 * any timestamp.
 * </ul>
 * Both sides of a comparison are normalised the same way, so .out files can keep the addresses
 * the tutorials show.
 */
final class Placeholders {
    private Placeholders() {}

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{9,16}");
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

    static String normalize(String text) {
        Map<String, String> seen = new HashMap<>();
        Matcher m = ADDRESS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = seen.computeIfAbsent(m.group(), a -> "0x<address " + (seen.size() + 1)
                    + ">");
            m.appendReplacement(sb, Matcher.quoteReplacement(name));
        }
        m.appendTail(sb);
        return TIMESTAMP.matcher(sb).replaceAll("<timestamp>");
    }
}
