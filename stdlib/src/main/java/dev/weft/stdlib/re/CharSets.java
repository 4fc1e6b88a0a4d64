// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.stdlib.re.RegexNode.Category;
import dev.weft.stdlib.re.RegexNode.CharSet;
import dev.weft.stdlib.re.RegexNode.Literal;
import dev.weft.stdlib.re.RegexNode.SetCategory;
import dev.weft.stdlib.re.RegexNode.SetItem;
import dev.weft.stdlib.re.RegexNode.SetLiteral;
import dev.weft.stdlib.re.RegexNode.SetRange;
import java.util.ArrayList;
import java.util.List;

/** Character sets {@code [...]}: Python's rules, where {@code [} inside is just a character. */
final class CharSets {
    private CharSets() {}

    /** After {@code [}. */
    static RegexNode parse(RegexSource source, int flags, ParseState state) {
        int here = source.tell() - 1;
        if (source.at("[")) {
            state.warn("Possible nested set at position " + source.tell());
        }
        boolean negate = source.match("^");
        List<SetItem> items = new ArrayList<>();
        while (true) {
            String t = source.get();
            if (t == null) {
                throw source.error("unterminated character set", source.tell() - here);
            }
            if (t.equals("]") && !items.isEmpty()) {
                break;
            }
            if (!items.isEmpty() && t.length() == 1 && "-&~|".contains(t) && source.at(t)) {
                state.warn("Possible set " + operation(t) + " at position "
                        + (source.tell() - 1));
            }
            RegexNode first = item(source, t, flags);
            if (!source.match("-")) {
                items.add(asItem(first));
                continue;
            }
            String u = source.get();
            if (u == null) {
                throw source.error("unterminated character set", source.tell() - here);
            }
            if (u.equals("]")) {
                items.add(asItem(first));
                items.add(new SetLiteral('-'));
                break;
            }
            if (u.equals("-")) {
                state.warn("Possible set difference at position " + (source.tell() - 2));
            }
            RegexNode second = item(source, u, flags);
            if (!(first instanceof Literal lo) || !(second instanceof Literal hi)
                    || hi.cp() < lo.cp()) {
                throw source.error("bad character range " + t + "-" + u,
                        RegexSource.len(t) + 1 + RegexSource.len(u));
            }
            items.add(new SetRange(lo.cp(), hi.cp()));
        }
        if (items.size() == 1 && items.get(0) instanceof SetLiteral only && !negate) {
            return new Literal(only.cp());
        }
        return new CharSet(negate, items);
    }

    private static String operation(String t) {
        return switch (t) {
            case "-" -> "difference";
            case "&" -> "intersection";
            case "~" -> "symmetric difference";
            default -> "union";
        };
    }

    private static RegexNode item(RegexSource source, String t, int flags) {
        if (t.charAt(0) == '\\') {
            return Escapes.inSet(source, t, flags);
        }
        return new Literal(t.codePointAt(0));
    }

    private static SetItem asItem(RegexNode n) {
        if (n instanceof Literal l) {
            return new SetLiteral(l.cp());
        }
        return new SetCategory((Category) n);
    }
}
