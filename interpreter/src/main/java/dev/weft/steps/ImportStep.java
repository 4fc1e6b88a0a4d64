// SPDX-License-Identifier: Apache-2.0
package dev.weft.steps;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;

/** {@code import name}: loads the module (running its code on the trampoline) into a slot. */
public final class ImportStep extends CallSite {
    final String name;
    final int level;
    final boolean topLevel;
    final int slot;
    public Step next;

    /**
     * @param topLevel deliver the top-level package of a dotted name (plain {@code import a.b})
     */
    public ImportStep(String name, int level, boolean topLevel, int slot) {
        this.name = name;
        this.level = level;
        this.topLevel = topLevel;
        this.slot = slot;
    }

    @Override
    public Step run(Fiber t) {
        runPre(t, t.frame);
        return t.interp.importer().load(t, this, name, level, topLevel);
    }

    @Override
    public Step returned(Fiber t, Object value) {
        t.frame.slots[slot] = value;
        return next;
    }
}
