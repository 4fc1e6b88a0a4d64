// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.math.BigInteger;

/** The container protocols: len, subscripting, membership and {@code __index__}. */
public final class Protocols {
    private Protocols() {}

    public static long len(Fiber t, Object o) {
        if (o instanceof String s) {
            return Strings.length(s);
        }
        if (o instanceof WeftList l && l.exact()) {
            return l.size();
        }
        if (o instanceof WeftTuple tu && tu.exact()) {
            return tu.size();
        }
        if (o instanceof WeftDict d && d.exact()) {
            return d.size();
        }
        if (o instanceof WeftSet s && s.exact()) {
            return s.size();
        }
        if (o instanceof WeftBytes b) {
            return b.length();
        }
        if (o instanceof WeftRange r) {
            return r.length();
        }
        if (o instanceof DictView v) {
            return v.dict().size();
        }
        WeftType type = Types.of(o);
        Object f = type.isBuiltin() ? null : type.lookup("__len__");
        if (f == null) {
            throw Errors.typeError("object of type '" + type.name() + "' has no len()");
        }
        return checkLen(Calls.callDirect(t, f, o));
    }

    /** Validates what {@code __len__} returned. */
    static long checkLen(Object r) {
        if (!IntOps.isInt(r)) {
            throw Errors.typeError("'" + Types.name(r) + "' object cannot be interpreted as an"
                    + " integer");
        }
        if (r instanceof BigInteger) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long n = IntOps.small(r);
        if (n < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return n;
    }

    /** {@code operator.index(o)} as a long: ints, bools and {@code __index__}. */
    public static long index(Fiber t, Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            return IntOps.clampLong(b);
        }
        Object f = Types.of(o).isBuiltin() ? null : Types.of(o).lookup("__index__");
        if (f != null) {
            Object r = ValueInstance.unwrap(Calls.callDirect(t, f, o));
            if (IntOps.isInt(r)) {
                return IntOps.clampLong(r);
            }
            throw Errors.typeError("__index__ returned non-int (type " + Types.name(r) + ")");
        }
        throw Errors.typeError("'" + Types.name(o) + "' object cannot be interpreted as an integer");
    }

    /** {@code operator.index(o)} as an int of any size (not clamped to a long). */
    public static Object indexValue(Fiber t, Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object f = Types.of(o).isBuiltin() ? null : Types.of(o).lookup("__index__");
        if (f != null) {
            Object r = ValueInstance.unwrap(Calls.callDirect(t, f, o));
            if (IntOps.isInt(r)) {
                return r instanceof Boolean ? indexValue(t, r) : r;
            }
            throw Errors.typeError("__index__ returned non-int (type " + Types.name(r) + ")");
        }
        throw Errors.typeError("'" + Types.name(o) + "' object cannot be interpreted as an integer");
    }

    public static boolean isIndex(Object o) {
        return IntOps.isInt(o) || (!Types.of(o).isBuiltin() && Types.of(o).lookup("__index__") != null);
    }

    public static Object getItem(Fiber t, Object o, Object key) {
        if (o instanceof WeftList l && l.exact()) {
            return Sequences.listGet(t, l, key);
        }
        if (o instanceof WeftDict d && d.exact()) {
            return DictOps.getItem(t, d, key);
        }
        if (o instanceof WeftTuple tu && tu.exact()) {
            return Sequences.tupleGet(t, tu, key);
        }
        if (o instanceof String s) {
            return Sequences.strGet(t, s, key);
        }
        if (o instanceof WeftRange r) {
            return Sequences.rangeGet(t, r, key);
        }
        if (o instanceof WeftBytes b) {
            return Sequences.bytesGet(t, b, key);
        }
        WeftType type = Types.of(o);
        Object f = type.isBuiltin() ? null : type.lookup("__getitem__");
        if (f == null && o instanceof WeftType cls) {
            // A metaclass's __getitem__ comes first (Color['RED']), then __class_getitem__.
            Object cg = cls.lookup("__class_getitem__");
            if (cg != null) {
                return Calls.callDirect(t, Attrs.bind(t, cg, WeftNone.NONE, cls), key);
            }
        }
        if (f == null) {
            if (o instanceof WeftType cls) {
                throw Errors.typeError("type '" + cls.name() + "' is not subscriptable");
            }
            throw Errors.notSubscriptable(o);
        }
        return Calls.callDirect(t, f, o, key);
    }

    public static void setItem(Fiber t, Object o, Object key, Object value) {
        if (o instanceof WeftList l && l.exact()) {
            Sequences.listSet(t, l, key, value);
            return;
        }
        if (o instanceof WeftDict d && d.exact()) {
            d.put(t, key, value);
            return;
        }
        if (o instanceof WeftBytes b && b.isMutable()) {
            ByteArrays.set(t, b, key, value);
            return;
        }
        WeftType type = Types.of(o);
        Object f = type.isBuiltin() ? null : type.lookup("__setitem__");
        if (f == null) {
            throw Errors.typeError("'" + type.name() + "' object does not support item assignment");
        }
        Calls.callDirect(t, f, o, key, value);
    }

    public static void delItem(Fiber t, Object o, Object key) {
        if (o instanceof WeftList l && l.exact()) {
            Sequences.listDel(t, l, key);
            return;
        }
        if (o instanceof WeftDict d && d.exact()) {
            if (d.remove(t, key) == null) {
                throw Errors.keyError(key);
            }
            return;
        }
        if (o instanceof WeftBytes b && b.isMutable()) {
            ByteArrays.delete(t, b, key);
            return;
        }
        WeftType type = Types.of(o);
        Object f = type.isBuiltin() ? null : type.lookup("__delitem__");
        if (f == null) {
            throw Errors.typeError("'" + type.name() + "' object doesn't support item deletion");
        }
        Calls.callDirect(t, f, o, key);
    }

    /** {@code item in container}. */
    public static boolean contains(Fiber t, Object container, Object item) {
        if (container instanceof String s) {
            String sub = ValueInstance.str(item);
            if (sub == null) {
                throw Errors.typeError("'in <string>' requires string as left operand, not "
                        + Types.name(item));
            }
            return s.contains(sub);
        }
        if (container instanceof WeftDict d && d.exact()) {
            return d.containsKey(t, item);
        }
        if (container instanceof WeftSet s && s.exact()) {
            // A set is looked up as the equal frozenset, as CPython's set_contains does.
            return s.contains(t, item instanceof WeftSet i && !i.isFrozen() ? i.copy(true) : item);
        }
        if (container instanceof WeftList l && l.exact()) {
            return Sequences.indexOf(t, l.array(), l.size(), item) >= 0;
        }
        if (container instanceof WeftTuple tu && tu.exact()) {
            return Sequences.indexOf(t, tu.items(), tu.size(), item) >= 0;
        }
        if (container instanceof WeftRange r && IntOps.isInt(item)) {
            return r.containsInt(item);
        }
        if (container instanceof DictView v) {
            return v.contains(t, item);
        }
        if (container instanceof WeftBytes b) {
            return Sequences.bytesContains(t, b, item);
        }
        WeftType type = Types.of(container);
        Object f = type.isBuiltin() ? null : type.lookup("__contains__");
        if (f != null) {
            return Truth.isTrue(t, Calls.callDirect(t, f, container, item));
        }
        return containsByIteration(t, container, item);
    }

    private static boolean containsByIteration(Fiber t, Object container, Object item) {
        Object it;
        try {
            it = Iter.iter(t, container);
        } catch (WeftError e) {
            if (e.isInstance(ErrorTypes.TYPE_ERROR)) {
                throw Errors.typeError("argument of type '" + Types.name(container)
                        + "' is not iterable");
            }
            throw e;
        }
        for (Object v = Iter.next(t, it); v != null; v = Iter.next(t, it)) {
            if (Compare.eq(t, v, item)) {
                return true;
            }
        }
        return false;
    }
}
