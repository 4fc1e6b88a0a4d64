// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.gevent;

import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftModule;
import dev.weft.sched.greenlet.GreenletType;

/**
 * The greenlet module (greenlet 2.0's API): greenlets are stacks of script frames inside a
 * task, and switch() hands control over directly on the same trampoline.
 */
public final class GreenletModule {
    private GreenletModule() {}

    public static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("__version__", "2.0.2");
        d.putStr("greenlet", GreenletType.TYPE);
        d.putStr("getcurrent", GreenletType.GETCURRENT);
        d.putStr("GreenletExit", GreenletType.GREENLET_EXIT);
        d.putStr("error", GreenletType.ERROR);
        d.putStr("settrace", GreenletType.SETTRACE);
        d.putStr("gettrace", GreenletType.GETTRACE);
        d.putStr("GREENLET_USE_GC", Boolean.TRUE);
        d.putStr("GREENLET_USE_TRACING", Boolean.TRUE);
        d.putStr("GREENLET_USE_CONTEXT_VARS", Boolean.TRUE);
    }
}
