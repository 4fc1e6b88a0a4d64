// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import static dev.weft.runtime.Ops.ADD;
import static dev.weft.runtime.Ops.AND;
import static dev.weft.runtime.Ops.DIV;
import static dev.weft.runtime.Ops.FLOORDIV;
import static dev.weft.runtime.Ops.LSHIFT;
import static dev.weft.runtime.Ops.MOD;
import static dev.weft.runtime.Ops.MUL;
import static dev.weft.runtime.Ops.OR;
import static dev.weft.runtime.Ops.POW;
import static dev.weft.runtime.Ops.RSHIFT;
import static dev.weft.runtime.Ops.SUB;
import static dev.weft.runtime.Ops.XOR;
import static dev.weft.runtime.Singleton.NOT_IMPLEMENTED;

import dev.weft.cps.Fiber;

/** The operators' meaning on builtin operand types; NotImplemented for any other pairing. */
final class BuiltinOps {
    private BuiltinOps() {}

    /** A class whose metaclass is not type: its operators are the metaclass's dunders. */
    private static boolean hasMetaclass(Object o) {
        return o instanceof WeftType c && !c.hasPlainMetatype();
    }

    static Object binary(Fiber t, int op, Object a, Object b) {
        if (op == OR && (WeftUnion.isTypeForm(a) || WeftUnion.isTypeForm(b))
                && !hasMetaclass(a) && !hasMetaclass(b)) {
            // type.__or__ / __ror__: int | None is a types.UnionType.
            Object u = WeftUnion.or(t, a, b);
            if (u != NOT_IMPLEMENTED) {
                return u;
            }
        }
        if (IntOps.isInt(a)) {
            if (IntOps.isInt(b)) {
                return intOp(op, a, b);
            }
            if (b instanceof Double d) {
                return floatOp(op, IntOps.toDouble(a), d);
            }
            if (b instanceof WeftComplex c) {
                return complexOp(op, WeftComplex.of(a), c);
            }
            if (op == MUL && exactSequence(b)) {
                return Sequences.repeat(b, a);
            }
            return NOT_IMPLEMENTED;
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return floatOp(op, x, y);
            }
            if (IntOps.isInt(b)) {
                return floatOp(op, x, IntOps.toDouble(b));
            }
            if (b instanceof WeftComplex c) {
                return complexOp(op, WeftComplex.of(a), c);
            }
            return NOT_IMPLEMENTED;
        }
        if (a instanceof String s) {
            return strOp(t, op, s, b);
        }
        if (a instanceof WeftBytes x && op == MOD) {
            return BytesPercent.format(t, x, b);
        }
        if (exactSequence(a)) {
            return seqOp(op, a, b);
        }
        if (a instanceof WeftSet x && x.exact() && b instanceof WeftSet y && y.exact()) {
            return SetOps.binary(t, op, x, y);
        }
        if (a instanceof WeftDict x && x.exact() && b instanceof WeftDict y && y.exact() && op == OR) {
            WeftDict r = x.copy();
            DictOps.update(t, r, y);
            return r;
        }
        if (a instanceof WeftComplex c && (FloatOps.isNumber(b) || b instanceof WeftComplex)) {
            return complexOp(op, c, WeftComplex.of(b));
        }
        if (ViewOps.isSetLike(a) || ViewOps.isSetLike(b)) {
            return ViewOps.binary(t, op, a, b);
        }
        return NOT_IMPLEMENTED;
    }

    /** A builtin sequence whose operators cannot be overridden (subclass instances can). */
    private static boolean exactSequence(Object o) {
        return o instanceof String || o instanceof WeftBytes || o instanceof WeftList l && l.exact()
                || o instanceof WeftTuple tu && tu.exact();
    }

    static Object inplace(Fiber t, int op, Object a, Object b) {
        if (a instanceof WeftList l && l.exact()) {
            if (op == ADD) {
                Sequences.extend(t, l, b);
                return l;
            }
            if (op == MUL && IntOps.isInt(b)) {
                Sequences.repeatInPlace(l, b);
                return l;
            }
        }
        if (a instanceof WeftSet s && s.exact() && b instanceof WeftSet o && o.exact() && !s.isFrozen()) {
            if (SetOps.inplace(t, op, s, o)) {
                return s;
            }
        }
        if (a instanceof WeftDict d && d.exact() && op == OR) {
            DictOps.update(t, d, b); // |= takes any mapping or iterable of pairs, as update()
            return d;
        }
        if (a instanceof WeftBytes x && x.isMutable()) {
            // bytearray grows in place, so other references see the change.
            Object r = op == ADD && b instanceof WeftBytes || op == MUL && IntOps.isInt(b)
                    ? seqOp(op, a, b) : NOT_IMPLEMENTED;
            if (r instanceof WeftBytes w) {
                x.setData(w.data());
                return x;
            }
        }
        return NOT_IMPLEMENTED;
    }

    private static Object intOp(int op, Object a, Object b) {
        switch (op) {
            case ADD: return IntOps.add(a, b);
            case SUB: return IntOps.sub(a, b);
            case MUL: return IntOps.mul(a, b);
            case DIV: return IntOps.trueDiv(a, b);
            case FLOORDIV: return IntOps.floorDiv(a, b);
            case MOD: return IntOps.mod(a, b);
            case POW: return IntOps.pow(a, b);
            case LSHIFT: return IntOps.lshift(a, b);
            case RSHIFT: return IntOps.rshift(a, b);
            case AND:
                return a instanceof Boolean x && b instanceof Boolean y ? x & y : IntOps.and(a, b);
            case OR:
                return a instanceof Boolean x && b instanceof Boolean y ? x | y : IntOps.or(a, b);
            case XOR:
                return a instanceof Boolean x && b instanceof Boolean y ? x ^ y : IntOps.xor(a, b);
            default: return NOT_IMPLEMENTED;
        }
    }

    static Object floatOp(int op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case DIV: return FloatOps.div(x, y);
            case FLOORDIV: return FloatOps.floorDiv(x, y);
            case MOD: return FloatOps.mod(x, y);
            case POW: return FloatOps.pow(x, y);
            default: return NOT_IMPLEMENTED;
        }
    }

    private static Object complexOp(int op, WeftComplex x, WeftComplex y) {
        switch (op) {
            case ADD: return x.add(y);
            case SUB: return x.sub(y);
            case MUL: return x.mul(y);
            case DIV: return x.div(y);
            case POW: return WeftComplex.pow(x, y);
            default: return NOT_IMPLEMENTED;
        }
    }

    private static Object strOp(Fiber t, int op, String s, Object b) {
        if (op == ADD && b instanceof String o) {
            return s.concat(o);
        }
        if (op == MUL && IntOps.isInt(b)) {
            return Sequences.repeat(s, b);
        }
        if (op == MOD) {
            return Formatting.percent(t, s, b);
        }
        return NOT_IMPLEMENTED;
    }

    private static Object seqOp(int op, Object a, Object b) {
        if (op == MUL && IntOps.isInt(b)) {
            return Sequences.repeat(a, b);
        }
        if (op != ADD) {
            return NOT_IMPLEMENTED;
        }
        if (a instanceof WeftList x && x.exact() && b instanceof WeftList y && y.exact()) {
            Object[] r = new Object[x.size() + y.size()];
            System.arraycopy(x.array(), 0, r, 0, x.size());
            System.arraycopy(y.array(), 0, r, x.size(), y.size());
            return new WeftList(r);
        }
        if (a instanceof WeftTuple x && x.exact() && b instanceof WeftTuple y && y.exact()) {
            Object[] r = new Object[x.size() + y.size()];
            System.arraycopy(x.items(), 0, r, 0, x.size());
            System.arraycopy(y.items(), 0, r, x.size(), y.size());
            return new WeftTuple(r);
        }
        if (a instanceof WeftBytes x && b instanceof WeftBytes y) {
            return x.concat(y);
        }
        return NOT_IMPLEMENTED;
    }
}
