// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether an expression contains a call or suspension point (call, yield, await, spawn,
 * comprehension), which the compiler must hoist into steps. Lambda bodies do not count: they run
 * later, in their own frame.
 */
final class Suspends extends AstWalker {
    private final Map<Expr, Boolean> cache = new IdentityHashMap<>();
    private boolean found;

    boolean has(Expr e) {
        if (e == null) {
            return false;
        }
        Boolean known = cache.get(e);
        if (known != null) {
            return known;
        }
        boolean saved = found;
        found = false;
        e.accept(this);
        boolean result = found;
        found = saved || result;
        cache.put(e, result);
        return result;
    }

    boolean any(Iterable<Expr> es) {
        for (Expr e : es) {
            if (has(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void walk(Expr e) {
        if (e != null && !found) {
            if (has(e)) {
                found = true;
            }
        }
    }

    private Void hit() {
        found = true;
        return null;
    }

    @Override public Void visitCall(Expr.Call e) { return hit(); }
    @Override public Void visitYield(Expr.Yield e) { return hit(); }
    @Override public Void visitYieldFrom(Expr.YieldFrom e) { return hit(); }
    @Override public Void visitAwait(Expr.Await e) { return hit(); }
    @Override public Void visitSpawn(Expr.Spawn e) { return hit(); }
    @Override public Void visitListComp(Expr.ListComp e) { return hit(); }
    @Override public Void visitSetComp(Expr.SetComp e) { return hit(); }
    @Override public Void visitDictComp(Expr.DictComp e) { return hit(); }
    @Override public Void visitGeneratorExp(Expr.GeneratorExp e) { return hit(); }
    // *x in a display is unpacked by a call step (a generator is collected on the trampoline).
    @Override public Void visitStarred(Expr.Starred e) { return hit(); }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        walkArgumentDefaults(e.args());
        return null;
    }
}
