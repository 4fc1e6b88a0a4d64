// SPDX-License-Identifier: Apache-2.0
package dev.weft.sched.greenlet;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Types;

/** Assigning {@code g.parent}, with greenlet's checks (a greenlet, no cycle, one task). */
final class Parents {
    private Parents() {}

    static void set(Fiber t, Greenlet g, Object value) {
        if (!(value instanceof Greenlet p)) {
            throw Errors.typeError("GreenletChecker: Expected any type of greenlet, not "
                    + Types.name(value));
        }
        if (g.main || g.hub) {
            throw Errors.attributeError("cannot set the parent of a main greenlet");
        }
        for (Greenlet q = p; q != null; q = q.parent) {
            if (q == g) {
                throw Errors.valueError("cyclic parent chain");
            }
        }
        if (!p.hub && p.task != null && g.task != null && p.task != g.task
                && !p.task.isDone()) {
            throw Errors.valueError("parent cannot be in a different task");
        }
        g.parent = p;
    }
}
