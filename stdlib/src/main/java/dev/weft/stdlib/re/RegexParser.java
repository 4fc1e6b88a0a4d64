// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.stdlib.re.RegexNode.Alt;
import dev.weft.stdlib.re.RegexNode.Anchor;
import dev.weft.stdlib.re.RegexNode.Any;
import dev.weft.stdlib.re.RegexNode.At;
import dev.weft.stdlib.re.RegexNode.Atomic;
import dev.weft.stdlib.re.RegexNode.Group;
import dev.weft.stdlib.re.RegexNode.Literal;
import dev.weft.stdlib.re.RegexNode.Look;
import dev.weft.stdlib.re.RegexNode.Seq;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a pattern with Python's syntax (the grammar of CPython's {@code re._parser}) into
 * {@link RegexNode}s, raising CPython's errors at CPython's positions.
 */
final class RegexParser {
    static final String WHITESPACE = " \t\n\r\u000b\f";
    private static final String SPECIAL = ".\\[{()*+?^$|";
    private static final String REPEAT = "*+?{";

    final RegexSource source;
    final ParseState state = new ParseState();

    private RegexParser(RegexSource source, int flags) {
        this.source = source;
        state.flags = flags;
    }

    /** The parsed pattern; {@link #state} then holds its groups and final flags. */
    static RegexParser parse(int[] pattern, boolean text, int flags) {
        RegexParser p = new RegexParser(new RegexSource(pattern, text), flags);
        p.root = p.alternation((flags & RegexFlags.VERBOSE) != 0, 0);
        p.state.flags = RegexFlags.fix(text, p.state.flags);
        if (p.source.peek() != null) {
            throw p.source.error("unbalanced parenthesis", 0);
        }
        for (var ref : p.state.groupRefPos.entrySet()) {
            if (ref.getKey() >= p.state.groups()) {
                throw new RegexError("invalid group reference " + ref.getKey(), ref.getValue());
            }
        }
        Widths.checkLookbehinds(p.root, p.state);
        return p;
    }

    RegexNode root;

    /** {@code a|b|c}. */
    RegexNode alternation(boolean verbose, int nested) {
        List<RegexNode> items = new ArrayList<>();
        while (true) {
            items.add(sequence(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!source.match("|")) {
                break;
            }
            if (nested == 0) {
                verbose = (state.flags & RegexFlags.VERBOSE) != 0;
            }
        }
        return items.size() == 1 ? items.get(0) : new Alt(items);
    }

    /** The effective flags: the global ones, adjusted by enclosing scoped groups. */
    int flags() {
        return (state.flags & ~scopedDel) | scopedAdd;
    }

    private int scopedAdd;
    private int scopedDel;

    /** Items up to the end, a {@code |} or a {@code )}. */
    private RegexNode sequence(boolean verbose, int nested, boolean first) {
        List<RegexNode> items = new ArrayList<>();
        while (true) {
            String t = source.peek();
            if (t == null || t.equals("|") || t.equals(")")) {
                break;
            }
            source.get();
            if (verbose && WHITESPACE.contains(t)) {
                continue;
            }
            if (verbose && t.equals("#")) {
                skipComment();
                continue;
            }
            if (t.charAt(0) == '\\') {
                items.add(Escapes.inPattern(source, t, state, flags()));
            } else if (t.length() > 1 || SPECIAL.indexOf(t.charAt(0)) < 0) {
                items.add(new Literal(t.codePointAt(0)));
            } else if (t.equals("[")) {
                items.add(CharSets.parse(source, flags(), state));
            } else if (REPEAT.contains(t)) {
                Repeats.apply(source, t, items);
            } else if (t.equals(".")) {
                items.add(new Any((flags() & RegexFlags.DOTALL) != 0));
            } else if (t.equals("(")) {
                boolean[] globalFlagsSeen = {false};
                RegexNode g = group(verbose, nested, first && items.isEmpty(), globalFlagsSeen);
                if (globalFlagsSeen[0]) {
                    verbose = (state.flags & RegexFlags.VERBOSE) != 0;
                }
                if (g != null) {
                    items.add(g);
                }
            } else if (t.equals("^")) {
                boolean m = (flags() & RegexFlags.MULTILINE) != 0;
                items.add(new At(m ? Anchor.BEGINNING_LINE : Anchor.BEGINNING, false));
            } else {
                boolean m = (flags() & RegexFlags.MULTILINE) != 0;
                items.add(new At(m ? Anchor.END_LINE : Anchor.END, false));
            }
        }
        return items.size() == 1 ? items.get(0) : new Seq(items);
    }

    private void skipComment() {
        while (true) {
            String t = source.get();
            if (t == null || t.equals("\n")) {
                return;
            }
        }
    }

    /** One branch, as a conditional's yes and no parts are. */
    RegexNode alternationBranch(boolean verbose, int nested) {
        return sequence(verbose, nested + 1, false);
    }

    /** After {@code (}: a group, an assertion, flags, a comment or a conditional. */
    private RegexNode group(boolean verbose, int nested, boolean first, boolean[] global) {
        int start = source.tell() - 1;
        if (!source.match("?")) {
            return capture(null, 0, 0, verbose, nested, start);
        }
        String c = source.get();
        if (c == null) {
            throw source.error("unexpected end of pattern", 0);
        }
        switch (c) {
            case "P":
                return GroupForms.pythonExtension(this, verbose, nested, start);
            case ":":
                return scoped(0, 0, verbose, nested, start);
            case "#":
                GroupForms.comment(source, start);
                return null;
            case "=", "!", "<":
                return lookaround(c, verbose, nested, start);
            case "(":
                return GroupForms.conditional(this, verbose, nested, start);
            case ">":
                return new Atomic(body(verbose, nested, start));
            default:
                break;
        }
        if (RegexFlags.ofLetter(c.codePointAt(0)) != 0 || c.equals("-")) {
            int[] scope = InlineFlags.parse(source, state, c);
            if (scope == null) {
                if (!first) {
                    throw source.error("global flags not at the start of the expression",
                            source.tell() - start);
                }
                global[0] = true;
                return null;
            }
            return scoped(scope[0], scope[1], verbose, nested, start);
        }
        throw source.error("unknown extension ?" + c, RegexSource.len(c) + 1);
    }

    /** A capturing group, named or not. */
    RegexNode capture(String name, int add, int del, boolean verbose, int nested, int start) {
        int gid;
        try {
            gid = state.openGroup(name);
        } catch (RegexError e) {
            throw source.error(e.msg, RegexSource.len(name) + 1);
        }
        int outer = state.openGroup;
        state.openGroup = gid;
        RegexNode body = body(verbose, nested, start);
        state.openGroup = outer;
        state.closeGroup(gid, Widths.of(body, state));
        return new Group(gid, add, del, body);
    }

    /** A non-capturing group, with flags scoped over it. */
    private RegexNode scoped(int add, int del, boolean verbose, int nested, int start) {
        int savedAdd = scopedAdd;
        int savedDel = scopedDel;
        scopedAdd = (scopedAdd & ~del) | add;
        scopedDel = (scopedDel & ~add) | del;
        boolean v = (verbose || (add & RegexFlags.VERBOSE) != 0)
                && (del & RegexFlags.VERBOSE) == 0;
        try {
            RegexNode body = body(v, nested, start);
            return new Group(0, add, del, body);
        } finally {
            scopedAdd = savedAdd;
            scopedDel = savedDel;
        }
    }

    /** A group's alternation and its closing parenthesis. */
    RegexNode body(boolean verbose, int nested, int start) {
        RegexNode body = alternation(verbose, nested + 1);
        if (!source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
        }
        return body;
    }

    private RegexNode lookaround(String c, boolean verbose, int nested, int start) {
        boolean behind = false;
        int saved = state.lookbehindGroups;
        if (c.equals("<")) {
            c = source.get();
            if (c == null) {
                throw source.error("unexpected end of pattern", 0);
            }
            if (!c.equals("=") && !c.equals("!")) {
                throw source.error("unknown extension ?<" + c, RegexSource.len(c) + 2);
            }
            behind = true;
            if (saved < 0) {
                state.lookbehindGroups = state.groups();
            }
        }
        boolean negative = c.equals("!");
        state.negativeDepth += negative ? 1 : 0;
        RegexNode body = alternation(verbose, nested + 1);
        state.negativeDepth -= negative ? 1 : 0;
        if (behind && saved < 0) {
            state.lookbehindGroups = -1;
        }
        if (!source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
        }
        return new Look(behind, negative, body);
    }
}
