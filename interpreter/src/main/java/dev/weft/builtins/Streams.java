// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Attrs;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Output;
import dev.weft.runtime.WeftModule;
import dev.weft.runtime.WeftNone;

/** Writing text to a file-like object: sys.stdout by default, fast when it is the real one. */
public final class Streams {
    private Streams() {}

    /** Writes {@code text} to {@code file}, or to the current sys.stdout when file is None. */
    public static void write(Fiber t, Object file, String text) {
        Object target = file == WeftNone.NONE ? sysAttr(t, "stdout") : file;
        if (target instanceof StdStream s) {
            s.output().write(text);
            return;
        }
        if (target == WeftNone.NONE) {
            return;
        }
        Calls.callDirect(t, Attrs.get(t, target, "write"), text);
    }

    /** Whether {@code file} (None for sys.stdout) is one of the interpreter's own streams. */
    public static boolean isStandard(Fiber t, Object file) {
        Object target = file == WeftNone.NONE ? sysAttr(t, "stdout") : file;
        return target instanceof StdStream || target == WeftNone.NONE;
    }

    public static void flush(Fiber t, Object file) {
        Object target = file == WeftNone.NONE ? sysAttr(t, "stdout") : file;
        if (target instanceof StdStream s) {
            s.output().flush();
            return;
        }
        Object f = Attrs.lookup(t, target, "flush");
        if (f != null) {
            Calls.callDirect(t, f);
        }
    }

    private static Object sysAttr(Fiber t, String name) {
        Object sys = t.interp.importer().modules().getStr("sys");
        if (sys instanceof WeftModule m) {
            Object v = m.dict().getStr(name);
            if (v != null) {
                return v;
            }
        }
        throw Errors.runtimeError("lost sys." + name);
    }

    /** The stream behind an Output, for code that writes directly. */
    public static Output outputOf(Object stream) {
        return stream instanceof StdStream s ? s.output() : null;
    }
}
