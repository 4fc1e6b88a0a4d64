// SPDX-License-Identifier: Apache-2.0
package dev.weft.cps;

import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftError;

/**
 * Direct-style work inside a step: an expression with no call or suspension point in it, or a
 * store of such an expression. The compiler hoists every call out of expressions into
 * {@link CallSite} steps, so a node never needs the trampoline; when an operator reaches script
 * code through a dunder method, it runs a nested trampoline via {@link Fiber#callNested}.
 */
public abstract class Node {
    public static final Node[] NONE = {};

    /** This node's entry in its code's {@link Code#positions}, or -1. */
    public int pos = -1;

    /**
     * Marks {@code e} as raised by this node's own operation (unless a node inside it marked
     * it first): the traceback then points its carets here. Returns {@code e} to rethrow.
     */
    protected final WeftError raisedHere(WeftError e) {
        return e.markPosition(pos);
    }

    /** The value of the expression; statement-like nodes return null. */
    public abstract Object eval(Fiber t, Frame f);

    /** The truth value; comparisons override this to avoid boxing a Boolean. */
    public boolean isTrue(Fiber t, Frame f) {
        return Truth.isTrue(t, eval(t, f));
    }
}
