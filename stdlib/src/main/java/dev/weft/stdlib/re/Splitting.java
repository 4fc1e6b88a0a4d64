// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.re;

import dev.weft.cps.Fiber;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftNone;

/** split(): the pieces between matches, with each match's groups between them. */
final class Splitting {
    private Splitting() {}

    /** {@code maxsplit} 0 is no limit, -1 no split at all. */
    static WeftList split(Fiber t, Engine e, int maxsplit) {
        WeftList out = new WeftList();
        int last = 0;
        int n = 0;
        for (MatchObject m = maxsplit < 0 ? null : e.next(null); m != null
                && (maxsplit == 0 || n < maxsplit); m = e.next(m)) {
            out.add(e.subject.slice(last, m.javaStart(0)));
            for (int g = 1; g <= e.re.groups; g++) {
                out.add(m.group(g, WeftNone.NONE));
            }
            last = m.javaEnd(0);
            n++;
        }
        out.add(e.subject.slice(last, e.subject.chars.length()));
        return out;
    }
}
