// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

import dev.weft.cps.Node;
import dev.weft.cps.Step;
import dev.weft.steps.Branch;
import dev.weft.steps.CallStep;
import dev.weft.steps.ClassBodyStep;
import dev.weft.steps.ForIterStep;
import dev.weft.steps.Goto;
import dev.weft.steps.ImportStep;
import dev.weft.steps.IterStopStep;
import dev.weft.steps.MethodCallStep;
import dev.weft.steps.StarCallStep;
import dev.weft.steps.YieldStep;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Tidies a finished step graph. Jumps to empty steps go straight to where those lead; and a
 * jump that ends a loop body is fused with the loop's head (the condition or the next-item
 * step), so each iteration costs one trampoline step fewer.
 */
final class StepGraph {
    private StepGraph() {}

    static void optimize(List<Step> steps) {
        for (Step s : steps) {
            s.handler = skip(s.handler);
            successors(s, StepGraph::skip);
        }
        Map<Step, Step> fused = new IdentityHashMap<>();
        for (Step s : steps) {
            successors(s, next -> fused.computeIfAbsent(next, StepGraph::fuse));
        }
    }

    /** Rewrites every successor link of {@code s} through {@code f}. */
    private static void successors(Step s, UnaryOperator<Step> f) {
        if (s instanceof Goto g) {
            g.next = f.apply(g.next);
        } else if (s instanceof Branch b) {
            b.yes = f.apply(b.yes);
            b.no = f.apply(b.no);
        } else if (s instanceof CallStep c) {
            c.next = f.apply(c.next);
        } else if (s instanceof MethodCallStep c) {
            c.next = f.apply(c.next);
        } else if (s instanceof StarCallStep c) {
            c.next = f.apply(c.next);
        } else if (s instanceof ForIterStep it) {
            it.body = f.apply(it.body);
            it.exit = f.apply(it.exit);
        } else if (s instanceof YieldStep y) {
            y.next = f.apply(y.next);
        } else if (s instanceof ImportStep i) {
            i.next = f.apply(i.next);
        } else if (s instanceof ClassBodyStep c) {
            c.next = f.apply(c.next);
        } else if (s instanceof dev.weft.steps.YieldFromStep y) {
            y.next = f.apply(y.next);
        } else if (s instanceof dev.weft.steps.AsyncForStep af) {
            af.body = f.apply(af.body);
            af.exit = f.apply(af.exit);
        } else if (s instanceof dev.weft.steps.AsyncStopStep a) {
            a.exit = f.apply(a.exit);
        } else if (s instanceof dev.weft.steps.AwaitStep a) {
            a.next = f.apply(a.next);
        } else if (s instanceof IterStopStep i) {
            i.exit = f.apply(i.exit);
        }
    }

    /** Follows empty Gotos (no work of their own) to the first step that does something. */
    private static Step skip(Step s) {
        int guard = 0;
        while (s instanceof Goto g && g.pre.length == 0 && g.next != null && g.next != g
                && guard++ < 1000) {
            s = g.next;
        }
        return s;
    }

    /**
     * A jump carrying work into a loop head becomes a copy of the head that does that work
     * first; anything else stays as it is.
     */
    private static Step fuse(Step s) {
        if (!(s instanceof Goto g) || g.pre.length == 0) {
            return s;
        }
        Step head = g.next;
        if (!(head instanceof Branch || head instanceof ForIterStep) || head.handler != g.handler) {
            return s;
        }
        Step copy = head.copy();
        copy.pre = concat(g.pre, head.pre);
        copy.preLines = concat(g.preLines, head.preLines);
        return copy;
    }

    private static Node[] concat(Node[] a, Node[] b) {
        Node[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        a = a == null ? new int[0] : a;
        b = b == null ? new int[0] : b;
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
