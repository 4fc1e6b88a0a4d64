// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.CallSite;
import dev.weft.cps.Fiber;
import dev.weft.cps.Step;
import dev.weft.runtime.Errors;
import dev.weft.runtime.GetSet;
import dev.weft.runtime.Raising;
import dev.weft.runtime.Types;
import dev.weft.runtime.WeftBuiltin;
import dev.weft.runtime.WeftGenerator;
import dev.weft.runtime.WeftNone;
import dev.weft.runtime.WeftType;

/** The generator type's protocol: __iter__, __next__, send and throw (close arrives later). */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static void install() {
        WeftType g = Types.GENERATOR;
        TypeSetup.method(g, "__iter__", (t, a, k) -> a[0]);
        g.define("__next__", WeftBuiltin.cpsMethod("__next__",
                (t, site, a, k) -> gen(a).resume(t, site, WeftNone.NONE, null)));
        g.define("send", WeftBuiltin.cpsMethod("send", GeneratorMethods::send));
        g.define("throw", WeftBuiltin.cpsMethod("throw", GeneratorMethods::throwIn));
        g.define("close", WeftBuiltin.cpsMethod("close", (t, site, a, k) -> {
            Sig.exactly("close", a, k, 1);
            return gen(a).close(t, site);
        }));
        g.define("gi_frame", GetSet.readOnly("gi_frame", (t, o) -> {
            WeftGenerator gen = (WeftGenerator) o;
            return gen.isFinished() || gen.frame() == null ? WeftNone.NONE
                    : new FrameView(gen.frame());
        }));
        g.define("gi_code", GetSet.readOnly("gi_code", (t, o) ->
                new CodeView(((WeftGenerator) o).function().code)));
        g.define("__name__", GetSet.readOnly("__name__", (t, o) -> ((WeftGenerator) o).name()));
        g.define("__qualname__", GetSet.readOnly("__qualname__",
                (t, o) -> ((WeftGenerator) o).qualname()));
        g.define("gi_running", GetSet.readOnly("gi_running",
                (t, o) -> ((WeftGenerator) o).isRunning()));
    }

    private static WeftGenerator gen(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof WeftGenerator g)) {
            throw Errors.typeError("descriptor requires a 'generator' object");
        }
        return g;
    }

    private static Step send(Fiber t, CallSite site, Object[] a, String[] k) {
        Sig.exactly("send", a, k, 2);
        return gen(a).resume(t, site, a[1], null);
    }

    private static Step throwIn(Fiber t, CallSite site, Object[] a, String[] k) {
        Sig.between("throw", a, k, 2, 4);
        return gen(a).resume(t, site, WeftNone.NONE, Raising.toError(t, a[1]));
    }
}
