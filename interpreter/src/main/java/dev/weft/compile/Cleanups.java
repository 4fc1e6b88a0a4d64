// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import java.util.ArrayList;
import java.util.List;

/** Emits the cleanups that leaving several constructs at once requires, innermost first. */
final class Cleanups {
    private Cleanups() {}

    static void emitDownTo(CodeGen g, int depth) {
        for (int i = g.cleanups.size() - 1; i >= depth; i--) {
            Cleanup c = g.cleanups.get(i);
            List<Cleanup> saved = new ArrayList<>(g.cleanups);
            while (g.cleanups.size() > i) {
                g.cleanups.remove(g.cleanups.size() - 1);
            }
            Label handler = g.asm.handler();
            g.asm.setHandler(c.outerHandler());
            c.emitExit(g);
            g.asm.setHandler(handler);
            g.cleanups.clear();
            g.cleanups.addAll(saved);
        }
    }
}
