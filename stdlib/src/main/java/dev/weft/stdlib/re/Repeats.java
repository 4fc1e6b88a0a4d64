// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.stdlib.re.RegexNode.At;
import dev.weft.stdlib.re.RegexNode.Greed;
import dev.weft.stdlib.re.RegexNode.Literal;
import dev.weft.stdlib.re.RegexNode.Repeat;
import java.util.List;

/** Quantifiers: {@code * + ? {m,n}}, lazy with {@code ?}, possessive with {@code +}. */
final class Repeats {
    private Repeats() {}

    /** Applies quantifier {@code t} (just read) to the last item of {@code items}. */
    static void apply(RegexSource source, String t, List<RegexNode> items) {
        int here = source.tell();
        long min;
        long max;
        switch (t) {
            case "?" -> {
                min = 0;
                max = 1;
            }
            case "*" -> {
                min = 0;
                max = RegexNode.MAXREPEAT;
            }
            case "+" -> {
                min = 1;
                max = RegexNode.MAXREPEAT;
            }
            default -> {
                long[] range = braces(source, here);
                if (range == null) {
                    items.add(new Literal('{'));
                    return;
                }
                min = range[0];
                max = range[1];
            }
        }
        RegexNode item = items.isEmpty() ? null : items.get(items.size() - 1);
        if (item == null || item instanceof At) {
            throw source.error("nothing to repeat", source.tell() - here + RegexSource.len(t));
        }
        if (item instanceof Repeat) {
            throw source.error("multiple repeat", source.tell() - here + RegexSource.len(t));
        }
        Greed greed = source.match("?") ? Greed.LAZY
                : source.match("+") ? Greed.POSSESSIVE : Greed.GREEDY;
        items.set(items.size() - 1, new Repeat(item, min, max, greed));
    }

    /** {@code {m,n}} after the brace; null when it is not a quantifier (a literal brace). */
    private static long[] braces(RegexSource source, int here) {
        if (source.at("}")) {
            return null;
        }
        String lo = digits(source);
        String hi = lo;
        if (source.match(",")) {
            hi = digits(source);
        }
        if (!source.match("}")) {
            source.seek(here);
            return null;
        }
        long min = lo.isEmpty() ? 0 : count(lo);
        long max = hi.isEmpty() ? RegexNode.MAXREPEAT : count(hi);
        if (!hi.isEmpty() && max < min) {
            throw source.error("min repeat greater than max repeat", source.tell() - here);
        }
        return new long[] {min, max};
    }

    private static String digits(RegexSource source) {
        StringBuilder sb = new StringBuilder();
        while (source.atAny(Escapes.DIGITS)) {
            sb.append(source.get());
        }
        return sb.toString();
    }

    private static long count(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= RegexNode.MAXREPEAT) {
            throw new RepeatOverflow();
        }
        return Long.parseLong(digits);
    }

    /** CPython raises OverflowError, not re.error, for a count it cannot store. */
    static final class RepeatOverflow extends RuntimeException {
        RepeatOverflow() {
            super("the repetition number is too large", null, false, false);
        }
    }
}
