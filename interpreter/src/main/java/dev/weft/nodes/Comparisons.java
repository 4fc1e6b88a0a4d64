// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Compare;
import dev.weft.runtime.Protocols;
import dev.weft.runtime.Truth;
import dev.weft.runtime.WeftError;

/** Comparisons, membership, identity, and the short-circuit and conditional operators. */
public final class Comparisons {
    private Comparisons() {}

    /** Operators beyond the six rich comparisons. */
    public static final int IS = 6;
    public static final int IS_NOT = 7;
    public static final int IN = 8;
    public static final int NOT_IN = 9;

    /** {@code a op b} for any comparison operator. */
    static boolean test(Fiber t, int op, Object a, Object b) {
        switch (op) {
            case IS: return a == b || sameValue(a, b);
            case IS_NOT: return !(a == b || sameValue(a, b));
            case IN: return Protocols.contains(t, b, a);
            case NOT_IN: return !Protocols.contains(t, b, a);
            default: return Compare.test(t, op, a, b);
        }
    }

    /**
     * Identity for values Weft boxes afresh: small ints and interned-like values compare equal
     * in CPython by identity, so {@code x is 5} and {@code s is "a"} behave as scripts expect.
     */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return false;
    }

    public static Node of(int op, Node l, Node r) {
        return op <= Compare.GE ? new Rich(op, l, r) : new Other(op, l, r);
    }

    /** {@code < <= == != > >=} with a long fast path. */
    public static final class Rich extends Node {
        final int op;
        final Node l;
        final Node r;

        Rich(int op, Node l, Node r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = l.eval(t, f);
            Object b = r.eval(t, f);
            if (a instanceof Long x && b instanceof Long y) {
                return Truth.of(longs(op, x, y));
            }
            try {
                return Compare.rich(t, op, a, b);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            Object a = l.eval(t, f);
            Object b = r.eval(t, f);
            if (a instanceof Long x && b instanceof Long y) {
                return longs(op, x, y);
            }
            try {
                return Compare.test(t, op, a, b);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    static boolean longs(int op, long x, long y) {
        switch (op) {
            case Compare.LT: return x < y;
            case Compare.LE: return x <= y;
            case Compare.EQ: return x == y;
            case Compare.NE: return x != y;
            case Compare.GT: return x > y;
            default: return x >= y;
        }
    }

    /** {@code is, is not, in, not in}. */
    public static final class Other extends Node {
        final int op;
        final Node l;
        final Node r;

        Other(int op, Node l, Node r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return Truth.of(isTrue(t, f));
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            Object a = l.eval(t, f);
            Object b = r.eval(t, f);
            try {
                return test(t, op, a, b);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    /** {@code a < b < c}: each middle operand evaluated once, stopping at the first false. */
    public static final class Chain extends Node {
        final Node[] operands;
        final int[] ops;

        public Chain(Node[] operands, int[] ops) {
            this.operands = operands;
            this.ops = ops;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = operands[0].eval(t, f);
            for (int i = 0; i < ops.length; i++) {
                Object b = operands[i + 1].eval(t, f);
                try {
                    if (ops[i] <= Compare.GE && i == ops.length - 1) {
                        return Compare.rich(t, ops[i], a, b);
                    }
                    if (ops[i] <= Compare.GE) {
                        Object r = Compare.rich(t, ops[i], a, b);
                        if (!Truth.isTrue(t, r)) {
                            return r;
                        }
                    } else if (!test(t, ops[i], a, b)) {
                        return Boolean.FALSE;
                    }
                } catch (WeftError e) {
                    throw raisedHere(e);
                }
                a = b;
            }
            return Boolean.TRUE;
        }
    }

    public static final class Not extends Node {
        final Node operand;

        public Not(Node operand) {
            this.operand = operand;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return Truth.of(!operand.isTrue(t, f));
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            return !operand.isTrue(t, f);
        }
    }

    /** {@code a and b and c}: the first falsy operand, or the last. */
    public static final class And extends Node {
        final Node[] operands;

        public And(Node[] operands) {
            this.operands = operands;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = null;
            for (Node n : operands) {
                v = n.eval(t, f);
                if (!Truth.isTrue(t, v)) {
                    return v;
                }
            }
            return v;
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            for (Node n : operands) {
                if (!n.isTrue(t, f)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code a or b or c}: the first truthy operand, or the last. */
    public static final class Or extends Node {
        final Node[] operands;

        public Or(Node[] operands) {
            this.operands = operands;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object v = null;
            for (Node n : operands) {
                v = n.eval(t, f);
                if (Truth.isTrue(t, v)) {
                    return v;
                }
            }
            return v;
        }

        @Override
        public boolean isTrue(Fiber t, Frame f) {
            for (Node n : operands) {
                if (n.isTrue(t, f)) {
                    return true;
                }
            }
            return false;
        }
    }

    public static final class IfExp extends Node {
        final Node test;
        final Node body;
        final Node orelse;

        public IfExp(Node test, Node body, Node orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            return test.isTrue(t, f) ? body.eval(t, f) : orelse.eval(t, f);
        }
    }
}
