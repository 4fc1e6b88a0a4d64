// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.ErrorTypes;
import dev.weft.runtime.Errors;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftError;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/** The small pieces exception handlers are compiled from. */
public final class Handlers {
    private Handlers() {}

    /** Moves the exception the unwinder delivered into a slot. */
    public static final class TakeCaught extends Node {
        final int slot;

        public TakeCaught(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            f.slots[slot] = f.caught;
            f.caught = null;
            return null;
        }
    }

    /** Remembers the exception being handled around an except block, to restore on exit. */
    public static final class SaveHandled extends Node {
        final int slot;

        public SaveHandled(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            f.slots[slot] = t.handled;
            return null;
        }
    }

    /** Makes the exception in a slot the one being handled (or restores a saved one). */
    public static final class SetHandled extends Node {
        final int slot;

        public SetHandled(int slot) {
            this.slot = slot;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            t.handled = (WeftError) f.slots[slot];
            return null;
        }
    }

    /** Does the exception in a slot match an except clause's type (a class or a tuple)? */
    public static final class Matches extends Node {
        final int slot;
        final Node type;

        public Matches(int slot, Node type) {
            this.slot = slot;
            this.type = type;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return Truth.of(isTrue(t, f));
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            WeftError e = (WeftError) f.slots[slot];
            return matches(e, type.eval(t, f));
        }

        static boolean matches(WeftError e, Object spec) {
            if (spec instanceof WeftType c) {
                checkCatchable(c);
                return e.isInstance(c);
            }
            if (spec instanceof WeftTuple tu) {
                boolean any = false;
                for (Object item : tu.items()) {
                    any |= matches(e, item);
                }
                return any;
            }
            throw Errors.typeError("catching classes that do not inherit from BaseException is"
                    + " not allowed");
        }

        private static void checkCatchable(WeftType c) {
            if (!c.isSubtypeOf(ErrorTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException"
                        + " is not allowed");
            }
        }
    }

    /** {@code assert test, msg}. */
    public static final class Assert extends Node {
        final Node test;
        final Node message;

        public Assert(Node test, Node message) {
            this.test = test;
            this.message = message;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            if (!test.isTrue(t, f)) {
                if (message == null) {
                    throw raisedHere(new WeftError(ErrorTypes.ASSERTION_ERROR, WeftTuple.EMPTY));
                }
                Object m = message.eval(t, f);
                throw raisedHere(new WeftError(ErrorTypes.ASSERTION_ERROR, WeftTuple.of(m)));
            }
            return null;
        }
    }
}
