// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.stdlib.re.RegexNode.Alt;
import dev.weft.stdlib.re.RegexNode.At;
import dev.weft.stdlib.re.RegexNode.Atomic;
import dev.weft.stdlib.re.RegexNode.BackRef;
import dev.weft.stdlib.re.RegexNode.Conditional;
import dev.weft.stdlib.re.RegexNode.Group;
import dev.weft.stdlib.re.RegexNode.Look;
import dev.weft.stdlib.re.RegexNode.Repeat;
import dev.weft.stdlib.re.RegexNode.Seq;

/**
 * The least and most characters a node can match, as CPython computes them: a lookbehind must
 * have one fixed width.
 */
final class Widths {
    private Widths() {}

    /** Larger than any repeat count or string length. */
    static final long MAXWIDTH = Long.MAX_VALUE / 4;

    static long[] of(RegexNode n, ParseState state) {
        if (n instanceof Seq s) {
            long lo = 0;
            long hi = 0;
            for (RegexNode item : s.items()) {
                long[] w = of(item, state);
                lo = add(lo, w[0]);
                hi = add(hi, w[1]);
            }
            return new long[] {lo, hi};
        }
        if (n instanceof Alt a) {
            long lo = MAXWIDTH;
            long hi = 0;
            for (RegexNode b : a.branches()) {
                long[] w = of(b, state);
                lo = Math.min(lo, w[0]);
                hi = Math.max(hi, w[1]);
            }
            return new long[] {lo, hi};
        }
        if (n instanceof Group g) {
            return of(g.body(), state);
        }
        if (n instanceof Atomic a) {
            return of(a.body(), state);
        }
        if (n instanceof Repeat r) {
            long[] w = of(r.body(), state);
            long hi = r.max() == RegexNode.MAXREPEAT && w[1] > 0 ? MAXWIDTH : mul(w[1], r.max());
            return new long[] {mul(w[0], r.min()), hi};
        }
        if (n instanceof BackRef b) {
            long[] w = state.widths.get(b.group());
            return w == null ? new long[] {0, MAXWIDTH} : w;
        }
        if (n instanceof Conditional c) {
            long[] yes = of(c.yes(), state);
            if (c.no() == null) {
                return new long[] {0, yes[1]};
            }
            long[] no = of(c.no(), state);
            return new long[] {Math.min(yes[0], no[0]), Math.max(yes[1], no[1])};
        }
        if (n instanceof At || n instanceof Look) {
            return new long[] {0, 0};
        }
        return new long[] {1, 1};
    }

    private static long add(long a, long b) {
        return Math.min(MAXWIDTH, a + b);
    }

    private static long mul(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > MAXWIDTH / b ? MAXWIDTH : Math.min(MAXWIDTH, a * b);
    }

    /** CPython's compile-time check: every lookbehind matches one fixed number of characters. */
    static void checkLookbehinds(RegexNode n, ParseState state) {
        if (n instanceof Look l && l.behind()) {
            long[] w = of(l.body(), state);
            if (w[0] != w[1]) {
                throw new RegexError("look-behind requires fixed-width pattern");
            }
        }
        for (RegexNode child : children(n)) {
            checkLookbehinds(child, state);
        }
    }

    static java.util.List<RegexNode> children(RegexNode n) {
        if (n instanceof Seq s) {
            return s.items();
        }
        if (n instanceof Alt a) {
            return a.branches();
        }
        if (n instanceof Group g) {
            return java.util.List.of(g.body());
        }
        if (n instanceof Atomic a) {
            return java.util.List.of(a.body());
        }
        if (n instanceof Look l) {
            return java.util.List.of(l.body());
        }
        if (n instanceof Repeat r) {
            return java.util.List.of(r.body());
        }
        if (n instanceof Conditional c) {
            return c.no() == null ? java.util.List.of(c.yes())
                    : java.util.List.of(c.yes(), c.no());
        }
        return java.util.List.of();
    }
}
