// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.ast.Expr;
import dev.weft.ast.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the variables of one scope whose value never escapes: every read of them is the
 * receiver of next(), send(), throw(), close() or a for loop. A generator stored in such a
 * variable straight from a call has no other reference, so Weft may close it exactly where
 * CPython's reference count would reach zero: when the variable is rebound or deleted, or the
 * function returns.
 */
final class Ownership extends AstWalker {
    private static final Set<String> SAFE_METHODS =
            Set.of("send", "throw", "close", "__next__");
    /** Builtins that reach variables by name, so any variable may escape through them. */
    static final Set<String> DYNAMIC = Set.of("locals", "globals", "vars", "eval", "exec", "dir");

    private final Map<String, Integer> reads = new HashMap<>();
    private final Map<String, Integer> safeReads = new HashMap<>();
    private final Set<String> assigned = new HashSet<>();

    /** The trackable names among {@code candidates}, for a scope with this body. */
    static Set<String> analyze(List<Stmt> body, Set<String> candidates, boolean nextIsBuiltin) {
        Ownership o = new Ownership(nextIsBuiltin);
        o.walkBody(body);
        Set<String> out = new HashSet<>();
        if (DYNAMIC.stream().anyMatch(o.reads::containsKey)) {
            return out;
        }
        for (String name : candidates) {
            if (o.assigned.contains(name)
                    && o.reads.getOrDefault(name, 0).equals(o.safeReads.getOrDefault(name, 0))) {
                out.add(name);
            }
        }
        return out;
    }

    private final boolean nextIsBuiltin;

    private Ownership(boolean nextIsBuiltin) {
        this.nextIsBuiltin = nextIsBuiltin;
    }

    private void safe(Expr e) {
        if (e instanceof Expr.Name n) {
            reads.merge(n.id(), 1, Integer::sum);
            safeReads.merge(n.id(), 1, Integer::sum);
        } else {
            walk(e);
        }
    }

    @Override
    public Void visitName(Expr.Name e) {
        reads.merge(e.id(), 1, Integer::sum);
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        if (nextIsBuiltin && e.func() instanceof Expr.Name f && f.id().equals("next")
                && !e.args().isEmpty() && e.keywords().isEmpty()) {
            safe(e.args().get(0));
            walkExprs(e.args().subList(1, e.args().size()));
            return null;
        }
        if (e.func() instanceof Expr.Attribute a && SAFE_METHODS.contains(a.attr())) {
            safe(a.value());
            walkExprs(e.args());
            e.keywords().forEach(k -> walk(k.value()));
            return null;
        }
        return super.visitCall(e);
    }

    @Override
    public Void visitFor(Stmt.For s) {
        safe(s.iter());
        walk(s.target());
        walkBody(s.body());
        walkBody(s.orelse());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        walk(s.value());
        for (Expr t : s.targets()) {
            if (t instanceof Expr.Name n) {
                assigned.add(n.id());
            } else {
                walk(t);
            }
        }
        return null;
    }

    /** Returning the value hands the sole reference to the caller. */
    @Override
    public Void visitReturn(Stmt.Return s) {
        safe(s.value());
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        boolean identity = e.ops().stream().allMatch(op -> op
                == dev.weft.ast.Operators.CompareOperator.IS
                || op == dev.weft.ast.Operators.CompareOperator.IS_NOT);
        if (identity) {
            safe(e.left());
            e.comparators().forEach(this::safe);
            return null;
        }
        return super.visitCompare(e);
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        for (Expr t : s.targets()) {
            if (t instanceof Expr.Name n) {
                reads.merge(n.id(), 1, Integer::sum);
                safeReads.merge(n.id(), 1, Integer::sum);
            } else {
                walk(t);
            }
        }
        return null;
    }

    // Nested scopes are analysed on their own; their bodies are not this scope's reads.
    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        walkExprs(s.decorators());
        walkArgumentDefaults(s.args());
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        walkExprs(s.decorators());
        walkExprs(s.bases());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        walkArgumentDefaults(e.args());
        return null;
    }
}
