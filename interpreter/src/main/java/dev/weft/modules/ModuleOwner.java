// SPDX-License-Identifier: Apache-2.0
package dev.weft.modules;

import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.cps.Suspendable;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftError;

/** Owns a module body's frame: if the body raises, the half-made module leaves sys.modules. */
final class ModuleOwner implements Suspendable {
    private final WeftDict modules;
    private final String name;

    ModuleOwner(WeftDict modules, String name) {
        this.modules = modules;
        this.name = name;
    }

    @Override
    public Step yield(Fiber t, Step next, Object value) {
        throw new IllegalStateException("a module body does not yield");
    }

    @Override
    public Step finish(Fiber t, Object value) {
        throw new IllegalStateException("a module body returns normally");
    }

    @Override
    public WeftError aborted(WeftError e) {
        modules.removeStr(name);
        return e;
    }
}
