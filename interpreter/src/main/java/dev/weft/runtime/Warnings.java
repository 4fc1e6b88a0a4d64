// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.ast.SourceLines;
import dev.weft.cps.Code;
import dev.weft.cps.Fiber;
import java.util.HashSet;
import java.util.Set;

/** Warnings printed as CPython's warnings module prints them (once per location). */
public final class Warnings {
    private Warnings() {}

    /** A coroutine dropped without being awaited, at {@code code}:{@code line}. */
    public static void neverAwaited(Fiber t, WeftCoroutine c, Code code, int line) {
        c.warnedOrUsed = true;
        Set<String> seen = t.interp.warnedLocations();
        String key = code.file + ":" + line + ":" + c.qualname();
        if (!seen.add(key)) {
            return;
        }
        t.interp.stdout().flush();
        StringBuilder sb = new StringBuilder();
        sb.append(code.file).append(':').append(line).append(": RuntimeWarning: coroutine '")
                .append(c.qualname()).append("' was never awaited\n");
        String text = SourceLines.line(code.source, line).strip();
        if (!text.isEmpty()) {
            sb.append("  ").append(text).append('\n');
        }
        sb.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        t.interp.stderr().write(sb.toString());
    }

    /** At exit: coroutines made but never awaited, as CPython reports them at shutdown. */
    public static void neverAwaitedAtExit(Fiber t, WeftCoroutine c) {
        if (c.warnedOrUsed) {
            return;
        }
        c.warnedOrUsed = true;
        if (!t.interp.warnedLocations().add("sys:1:" + c.qualname())) {
            return;
        }
        t.interp.stderr().write("sys:1: RuntimeWarning: coroutine '" + c.qualname()
                + "' was never awaited\n");
    }

    static Set<String> newSeenSet() {
        return new HashSet<>();
    }
}
