// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftObject;
import dev.weft.runtime.WeftType;

/**
 * One match: its groups' spans in Java char indices (-1 for a group that did not take part),
 * turned into Python positions when a script asks.
 */
final class MatchObject implements WeftObject {
    final Engine engine;
    private final int[] spans;

    MatchObject(Engine engine, int[] spans) {
        this.engine = engine;
        this.spans = spans;
    }

    @Override
    public WeftType type() {
        return MatchType.MATCH;
    }

    CompiledRegex re() {
        return engine.re;
    }

    int groups() {
        return engine.re.groups;
    }

    int javaStart(int g) {
        return spans[2 * g];
    }

    int javaEnd(int g) {
        return spans[2 * g + 1];
    }

    /** Python start of group {@code g}, or -1. */
    int start(int g) {
        return engine.subject.toPos(javaStart(g));
    }

    int end(int g) {
        return engine.subject.toPos(javaEnd(g));
    }

    /** Group {@code g}'s text, or {@code dflt} when it did not take part. */
    Object group(int g, Object dflt) {
        if (javaStart(g) < 0) {
            return dflt;
        }
        return engine.subject.slice(javaStart(g), javaEnd(g));
    }

    Object group(int g) {
        return group(g, WeftNone.NONE);
    }

    /**
     * The group that closed last (Match.lastindex), or 0 for none: the matched group ending
     * furthest right; of groups ending at the same place, an enclosing group closes after the
     * groups inside it, and a later group after an earlier one.
     */
    int lastIndex() {
        int best = 0;
        for (int g = 1; g <= groups(); g++) {
            if (javaStart(g) < 0) {
                continue;
            }
            if (best == 0 || javaEnd(g) > javaEnd(best)
                    || (javaEnd(g) == javaEnd(best) && !encloses(best, g))) {
                best = g;
            }
        }
        return best;
    }

    private boolean encloses(int outer, int inner) {
        for (int p = engine.re.parent[inner]; p != 0; p = engine.re.parent[p]) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }
}
