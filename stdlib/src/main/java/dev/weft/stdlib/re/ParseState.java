// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What parsing a pattern has learnt so far: flags, groups, their names and widths. */
final class ParseState {
    /** CPython's limit on the number of groups. */
    static final int MAXGROUPS = 1073741823;

    int flags;
    /** Group names to numbers, in definition order. */
    final Map<String, Integer> names = new LinkedHashMap<>();
    /** Per group (index 0 unused): its width once closed, null while open. */
    final List<long[]> widths = new ArrayList<>(List.of(new long[] {0, 0}));
    /** Per group: the group it is nested in (0 for none), for Match.lastindex. */
    final List<Integer> parents = new ArrayList<>(List.of(0));
    /** Groups a conditional tests: the emitter marks where each one completes. */
    final Set<Integer> tested = new HashSet<>();
    /** The first group defined inside the lookbehind being parsed, or -1 outside one. */
    int lookbehindGroups = -1;
    /** Conditional references to groups that may not exist yet, and where they stand. */
    final Map<Integer, Integer> groupRefPos = new LinkedHashMap<>();
    /**
     * Groups inside a negative lookaround: a match never reports them, since the assertion
     * holds only when its contents fail (Java's matcher would leak what a failed try set).
     */
    final Set<Integer> negated = new HashSet<>();
    /** How many negative lookarounds enclose the parse position. */
    int negativeDepth;
    /** FutureWarnings about syntax a later Python may read differently, in order. */
    final List<String> warnings = new ArrayList<>();
    /** The innermost open capturing group (0 at top level). */
    int openGroup;

    void warn(String message) {
        warnings.add(message);
    }

    int groups() {
        return widths.size();
    }

    int openGroup(String name) {
        int gid = groups();
        if (gid > MAXGROUPS) {
            throw new RegexError("too many groups");
        }
        if (name != null) {
            Integer old = names.get(name);
            if (old != null) {
                throw new RegexError("redefinition of group name " + Reprs.quote(name)
                        + " as group " + gid + "; was group " + old);
            }
            names.put(name, gid);
        }
        widths.add(null);
        parents.add(openGroup);
        if (negativeDepth > 0) {
            negated.add(gid);
        }
        return gid;
    }

    void closeGroup(int gid, long[] width) {
        widths.set(gid, width);
    }

    boolean isClosed(int gid) {
        return gid < groups() && widths.get(gid) != null;
    }

    void checkLookbehindGroup(int gid, RegexSource source) {
        if (lookbehindGroups >= 0) {
            if (!isClosed(gid)) {
                throw source.error("cannot refer to an open group", 0);
            }
            if (gid >= lookbehindGroups) {
                throw source.error("cannot refer to group defined in the same lookbehind "
                        + "subpattern", 0);
            }
        }
    }
}
