// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.Library;
import dev.weft.modules.ModuleRegistry;

/** The standard library: every module a script can import by name, registered in one table. */
public final class Stdlib implements Library {
    /** A module written in Weft, shipped as a resource next to this class. */
    private static void source(ModuleRegistry r, String name) {
        r.source(name, ModuleRegistry.resource(Stdlib.class, name + ".weft"),
                "<weft stdlib>/" + name + ".weft");
    }

    @Override
    public void register(ModuleRegistry r) {
        r.java("time", TimeModule::populate);
        r.java("queue", QueueModule::populate);
        r.java("weft", WeftIntrospection::populate);
        source(r, "asyncio");
    }
}
