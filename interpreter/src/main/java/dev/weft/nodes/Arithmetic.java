// SPDX-License-Identifier: Apache-2.0
package dev.weft.nodes;

import dev.weft.cps.Fiber;
import dev.weft.cps.Frame;
import dev.weft.cps.Node;
import dev.weft.runtime.Ops;
import dev.weft.runtime.WeftError;

/** Arithmetic and bitwise operators, with long fast paths for the hottest ones. */
public final class Arithmetic {
    private Arithmetic() {}

    public static Node binary(int op, Node l, Node r) {
        switch (op) {
            case Ops.ADD: return new Add(l, r);
            case Ops.SUB: return new Sub(l, r);
            case Ops.MUL: return new Mul(l, r);
            default: return new Binary(op, l, r);
        }
    }

    public static final class Add extends Node {
        final Node l;
        final Node r;

        Add(Node l, Node r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = l.eval(t, f);
            Object b = r.eval(t, f);
            if (a instanceof Long x && b instanceof Long y) {
                long s = x + y;
                if (((x ^ s) & (y ^ s)) >= 0) {
                    return s;
                }
            }
            try {
                return Ops.binary(t, Ops.ADD, a, b);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class Sub extends Node {
        final Node l;
        final Node r;

        Sub(Node l, Node r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = l.eval(t, f);
            Object b = r.eval(t, f);
            if (a instanceof Long x && b instanceof Long y) {
                long s = x - y;
                if (((x ^ y) & (x ^ s)) >= 0) {
                    return s;
                }
            }
            try {
                return Ops.binary(t, Ops.SUB, a, b);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class Mul extends Node {
        final Node l;
        final Node r;

        Mul(Node l, Node r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = l.eval(t, f);
            Object b = r.eval(t, f);
            if (a instanceof Long x && b instanceof Long y) {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
            }
            try {
                return Ops.binary(t, Ops.MUL, a, b);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class Binary extends Node {
        final int op;
        final Node l;
        final Node r;

        Binary(int op, Node l, Node r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = l.eval(t, f);
            Object b = r.eval(t, f);
            try {
                return Ops.binary(t, op, a, b);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    /** {@code a op= b} on values: in place where the type supports it. */
    public static final class Inplace extends Node {
        final int op;
        final Node l;
        final Node r;

        public Inplace(int op, Node l, Node r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = l.eval(t, f);
            Object b = r.eval(t, f);
            if (op == Ops.ADD && a instanceof Long x && b instanceof Long y) {
                long s = x + y;
                if (((x ^ s) & (y ^ s)) >= 0) {
                    return s;
                }
            }
            try {
                return Ops.inplace(t, op, a, b);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class Neg extends Node {
        final Node operand;

        public Neg(Node operand) {
            this.operand = operand;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = operand.eval(t, f);
            if (a instanceof Long x && x != Long.MIN_VALUE) {
                return -x;
            }
            try {
                return Ops.neg(t, a);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class Pos extends Node {
        final Node operand;

        public Pos(Node operand) {
            this.operand = operand;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = operand.eval(t, f);
            try {
                return Ops.pos(t, a);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }

    public static final class Invert extends Node {
        final Node operand;

        public Invert(Node operand) {
            this.operand = operand;
        }

        @Override
        public Object eval(Fiber t, Frame f) {
            Object a = operand.eval(t, f);
            try {
                return Ops.invert(t, a);
            } catch (WeftError e) {
                throw raisedHere(e);
            }
        }
    }
}
