// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib;

import dev.weft.runtime.Interpreter;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftDict;
import dev.weft.runtime.WeftList;
import dev.weft.runtime.WeftModule;
import dev.weft.sched.Task;

/**
 * The weft module: Weft-specific introspection for benchmarks and tools (live tasks, task
 * switches so far, heap in use, the traceback text of an exception, open sockets), and the
 * switch behind the blocking rule of unpatched gevent programs.
 */
final class WeftIntrospection {
    private WeftIntrospection() {}

    static void populate(Interpreter interp, WeftModule m) {
        WeftDict d = m.dict();
        d.putStr("tasks", WeftBuiltin.function("tasks", (t, a, k) -> {
            WeftList out = new WeftList();
            for (Task task : t.interp.scheduler().liveTasks()) {
                if (!task.isMain()) {
                    out.add(task);
                }
            }
            return out;
        }));
        d.putStr("switches", WeftBuiltin.function("switches",
                (t, a, k) -> t.interp.scheduler().switches()));
        // format_exception(e): what the interpreter prints for e uncaught (doctest uses it).
        d.putStr("format_exception", WeftBuiltin.function("format_exception", (t, a, k) -> {
            if (a.length != 1 || !(a[0] instanceof dev.weft.runtime.WeftError e)) {
                throw dev.weft.runtime.Errors.typeError(
                        "format_exception() takes one exception");
            }
            return dev.weft.runtime.Tracebacks.format(t, e);
        }));
        d.putStr("heap_used", WeftBuiltin.function("heap_used", (t, a, k) -> {
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return rt.totalMemory() - rt.freeMemory();
        }));
        d.putStr("open_sockets", WeftBuiltin.function("open_sockets",
                (t, a, k) -> dev.weft.stdlib.socket.SocketModule.openSockets(t)));
        d.putStr("cooperative_sockets", WeftBuiltin.function("cooperative_sockets",
                WeftIntrospection::cooperativeSockets));
    }

    /**
     * cooperative_sockets(on=None): whether a socket operation parks only its task (True, the
     * default) or blocks the whole interpreter (False: what gevent does until
     * monkey.patch_socket()). Returns the setting in force before the call.
     */
    private static Object cooperativeSockets(dev.weft.cps.Fiber t, Object[] a, String[] k) {
        Object[] b = Params.python("cooperative_sockets(on=None)").bind(a, k);
        var reactor = t.interp.scheduler().reactor();
        boolean before = reactor.isCooperative();
        if (Args.given(b[0])) {
            reactor.setCooperative(dev.weft.runtime.Truth.isTrue(t, b[0]));
        }
        return before;
    }
}
