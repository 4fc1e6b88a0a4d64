// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.WeftError;

/**
 * One vertex of a function's continuation graph. {@link #run} does some direct-style work (its
 * {@link #pre} nodes, then its own action) and returns the next step, or null to stop the
 * trampoline (the fiber suspended or finished). Steps never call one another: only
 * {@link Fiber#loop} runs steps, so script calls never deepen the Java stack.
 */
public abstract class Step implements Cloneable {
    /** Source line reported in tracebacks for this step's own action. */
    public int line;
    /** Where an exception raised by this step goes within the same frame; null: leave the frame. */
    public Step handler;
    /** Direct-style nodes run before the step's action, with their own lines. */
    public Node[] pre = Node.NONE;
    public int[] preLines;
    /** The position of this step's own action (a call, or its statement), or -1. */
    public int pos = -1;

    public abstract Step run(Fiber t);

    /** Runs the {@link #pre} nodes, recording which line raised. */
    protected final void runPre(Fiber t, Frame f) {
        Node[] p = pre;
        int i = 0;
        try {
            for (; i < p.length; i++) {
                p[i].eval(t, f);
            }
        } catch (WeftError e) {
            t.errorLine = preLines[i];
            throw e;
        }
    }

    /** A shallow copy: same action, successors, handler and line (for the compiler's graph work). */
    public Step copy() {
        try {
            return (Step) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The line an exception raised now by this step is reported at. */
    public int lineForTraceback() {
        return line;
    }
}
