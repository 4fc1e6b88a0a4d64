// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.cps.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A place in the step graph not yet built: references to it are patched once it is bound. */
final class Label {
    private Step target;
    private final List<Consumer<Step>> fixups = new ArrayList<>();

    /** Calls {@code use} with the step, now or once the label is bound. */
    void whenBound(Consumer<Step> use) {
        if (target != null) {
            use.accept(target);
        } else {
            fixups.add(use);
        }
    }

    void resolve(Step s) {
        target = s;
        for (Consumer<Step> f : fixups) {
            f.accept(s);
        }
        fixups.clear();
    }

    boolean isBound() {
        return target != null;
    }
}
