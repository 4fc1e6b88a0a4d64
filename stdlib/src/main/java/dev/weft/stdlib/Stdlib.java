// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.Library;
import dev.weft.modules.ModuleRegistry;
import dev.weft.stdlib.math.MathModule;

/** The standard library: every module a script can import by name, registered in one table. */
public final class Stdlib implements Library {
    @Override
    public void register(ModuleRegistry r) {
        r.java("time", TimeModule::populate);
        r.java("math", MathModule::populate);
    }
}
