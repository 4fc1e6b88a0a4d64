// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.runtime.CpsCode;
import dev.weft.runtime.GeneratorDrain;
import dev.weft.runtime.NativeCode;
import dev.weft.runtime.WeftGenerator;

/**
 * Builtins that read a whole iterable before working (sorted, min, max, str.join), taught to
 * take a generator on the trampoline: its items are collected there, where it may wait, and
 * the builtin then runs on that list as it would have on the generator.
 */
final class Draining {
    private Draining() {}

    /**
     * {@code code} taking its iterable as the last positional argument, at {@code index}: a
     * generator there is collected first; any other argument goes straight to {@code code}.
     */
    static CpsCode collectingArg(int index, NativeCode code) {
        return (t, site, a, k) -> {
            WeftGenerator g = generatorAt(index, a, k);
            if (g == null) {
                return site.returned(t, code.call(t, a, k));
            }
            return GeneratorDrain.collect(t, site, g, items -> {
                Object[] withList = a.clone();
                withList[index] = items;
                return code.call(t, withList, k);
            });
        };
    }

    /** The (non-async) generator passed as the last positional argument at {@code index}. */
    static WeftGenerator generatorAt(int index, Object[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos == index + 1 && a[index] instanceof WeftGenerator g && !g.isAsync()) {
            return g;
        }
        return null;
    }
}
