// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.ExceptionGroups;
import dev.weft.runtime.WeftError;
import java.util.ArrayList;
import java.util.List;

/** The pieces {@code except*} clauses are compiled from (CPython's CHECK_EG_MATCH and kin). */
public final class StarHandlers {
    private StarHandlers() {}

    /** Starts the list of what the clauses raise. */
    public static final class NewRaised extends Node {
        final int slot;

        public NewRaised(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            f.slots[slot] = new ArrayList<WeftError>();
            return null;
        }
    }

    /**
     * Splits the unhandled exception in slot {@code rest} by the clause's type: the part the
     * clause handles goes to slot {@code match} (null when none), the remainder stays in rest.
     */
    public static final class Match extends Node {
        final int rest;
        final int match;
        final Node type;

        public Match(int rest, int match, Node type) {
            this.rest = rest;
            this.match = match;
            this.type = type;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object spec = type.eval(t, f);
            ExceptionGroups.Split s = ExceptionGroups.exceptStar(t, (WeftError) f.slots[rest],
                    spec);
            f.slots[match] = s.match();
            if (s.match() != null) {
                f.slots[rest] = s.rest();
            }
            return null;
        }
    }

    /** Is there something in a slot? */
    public static final class Present extends Node {
        final int slot;

        public Present(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return f.slots[slot] != null;
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            return f.slots[slot] != null;
        }
    }

    /** Adds the exception in slot {@code exc} (a clause raised it) to the raised list. */
    public static final class AddRaised extends Node {
        final int list;
        final int exc;

        public AddRaised(int list, int exc) {
            this.list = list;
            this.exc = exc;
        }

        @SuppressWarnings("unchecked")
        @Override
        public Object eval(Fiber t, Frame f) {
            ((List<WeftError>) f.slots[list]).add((WeftError) f.slots[exc]);
            f.slots[exc] = null;
            return null;
        }
    }

    /**
     * After the last clause: what the statement raises (into slot {@code result}, null when
     * everything was handled), from the original exception, the raised list and the rest.
     */
    public static final class Reraise extends Node {
        final int result;
        final int orig;
        final int list;
        final int rest;

        public Reraise(int result, int orig, int list, int rest) {
            this.result = result;
            this.orig = orig;
            this.list = list;
            this.rest = rest;
        }

        @SuppressWarnings("unchecked")
        @Override
        public Object eval(Fiber t, Frame f) {
            List<WeftError> raised = (List<WeftError>) f.slots[list];
            raised.add((WeftError) f.slots[rest]);
            f.slots[result] = ExceptionGroups.reraiseStar(t, (WeftError) f.slots[orig], raised);
            f.slots[list] = null;
            f.slots[rest] = null;
            f.slots[orig] = null;
            return null;
        }
    }
}
