// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.stdlib.re.RegexNode.BackRef;
import dev.weft.stdlib.re.RegexNode.Conditional;

/** The group forms with more syntax than a body: (?P...), comments and conditionals. */
final class GroupForms {
    private GroupForms() {}

    /** After {@code (?P}: a named group or a named back reference. */
    static RegexNode pythonExtension(RegexParser p, boolean verbose, int nested, int start) {
        RegexSource source = p.source;
        if (source.match("<")) {
            String name = source.getUntil(">", "group name");
            checkName(source, name, 1);
            return p.capture(name, 0, 0, verbose, nested, start);
        }
        if (source.match("=")) {
            String name = source.getUntil(")", "group name");
            checkName(source, name, 1);
            Integer gid = p.state.names.get(name);
            if (gid == null) {
                throw source.error("unknown group name " + Reprs.quote(name),
                        RegexSource.len(name) + 1);
            }
            if (!p.state.isClosed(gid)) {
                throw source.error("cannot refer to an open group", RegexSource.len(name) + 1);
            }
            p.state.checkLookbehindGroup(gid, source);
            return new BackRef(gid);
        }
        String c = source.get();
        if (c == null) {
            throw source.error("unexpected end of pattern", 0);
        }
        throw source.error("unknown extension ?P" + c, RegexSource.len(c) + 2);
    }

    /** Group names must be identifiers, as in CPython. */
    static void checkName(RegexSource source, String name, int offset) {
        if (!isIdentifier(name)) {
            throw source.error("bad character in group name " + Reprs.quote(name),
                    RegexSource.len(name) + offset);
        }
    }

    static boolean isIdentifier(String s) {
        return dev.weft.runtime.Strings.isIdentifier(s);
    }

    /** {@code (?#...)}: skipped up to its closing parenthesis. */
    static void comment(RegexSource source, int start) {
        while (true) {
            if (source.peek() == null) {
                throw source.error("missing ), unterminated comment", source.tell() - start);
            }
            if (source.get().equals(")")) {
                return;
            }
        }
    }

    /** {@code (?(group)yes|no)}. */
    static RegexNode conditional(RegexParser p, boolean verbose, int nested, int start) {
        RegexSource source = p.source;
        ParseState state = p.state;
        String name = source.getUntil(")", "group name");
        int offset = RegexSource.len(name) + 1;
        int group;
        if (isIdentifier(name)) {
            Integer gid = state.names.get(name);
            if (gid == null) {
                throw source.error("unknown group name " + Reprs.quote(name), offset);
            }
            group = gid;
        } else {
            group = number(source, name, offset);
            state.groupRefPos.putIfAbsent(group, source.tell() - offset);
        }
        state.checkLookbehindGroup(group, source);
        state.tested.add(group);
        RegexNode yes = p.alternationBranch(verbose, nested);
        RegexNode no = null;
        if (source.match("|")) {
            no = p.alternationBranch(verbose, nested);
            if (source.at("|")) {
                throw source.error("conditional backref with more than two branches", 0);
            }
        }
        if (!source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
        }
        return new Conditional(group, yes, no);
    }

    private static int number(RegexSource source, String name, int offset) {
        long n;
        try {
            if (!name.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException();
            }
            n = name.length() > 12 ? Long.MAX_VALUE : Long.parseLong(name);
        } catch (NumberFormatException e) {
            throw source.error("bad character in group name " + Reprs.quote(name), offset);
        }
        if (n == 0) {
            throw source.error("bad group number", offset);
        }
        if (n >= ParseState.MAXGROUPS) {
            throw source.error("invalid group reference " + n, offset);
        }
        return (int) n;
    }
}
