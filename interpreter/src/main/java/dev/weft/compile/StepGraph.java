// SPDX-License-Identifier: Apache-2.0
package dev.weft.compile;

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
import java.util.List;

/** Tidies a finished step graph: jumps to empty steps go straight to where those lead. */
final class StepGraph {
    private StepGraph() {}

    static void optimize(List<Step> steps) {
        for (Step s : steps) {
            s.handler = skip(s.handler);
            if (s instanceof Goto g) {
                g.next = skip(g.next);
            } else if (s instanceof Branch b) {
                b.yes = skip(b.yes);
                b.no = skip(b.no);
            } else if (s instanceof CallStep c) {
                c.next = skip(c.next);
            } else if (s instanceof MethodCallStep c) {
                c.next = skip(c.next);
            } else if (s instanceof StarCallStep c) {
                c.next = skip(c.next);
            } else if (s instanceof ForIterStep f) {
                f.body = skip(f.body);
                f.exit = skip(f.exit);
            } else if (s instanceof YieldStep y) {
                y.next = skip(y.next);
            } else if (s instanceof ImportStep i) {
                i.next = skip(i.next);
            } else if (s instanceof ClassBodyStep c) {
                c.next = skip(c.next);
            } else if (s instanceof dev.weft.steps.YieldFromStep y) {
                y.next = skip(y.next);
            } else if (s instanceof dev.weft.steps.AsyncForStep f) {
                f.body = skip(f.body);
                f.exit = skip(f.exit);
            } else if (s instanceof dev.weft.steps.AsyncStopStep a) {
                a.exit = skip(a.exit);
            } else if (s instanceof dev.weft.steps.AwaitStep a) {
                a.next = skip(a.next);
            } else if (s instanceof IterStopStep i) {
                i.exit = skip(i.exit);
            }
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
}
