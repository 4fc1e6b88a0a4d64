// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.math.BigInteger;

/** Python's truth test: {@code __bool__}, then {@code __len__}, else true. */
public final class Truth {
    private Truth() {}

    public static boolean isTrue(Fiber t, Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o == WeftNone.NONE) {
            return false;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof WeftList l && l.exact()) {
            return l.size() != 0;
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        if (o instanceof WeftTuple tu && tu.exact()) {
            return tu.size() != 0;
        }
        if (o instanceof WeftDict d && d.exact()) {
            return d.size() != 0;
        }
        if (o instanceof WeftSet s && s.exact()) {
            return s.size() != 0;
        }
        if (o instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (o instanceof WeftBytes b) {
            return b.length() != 0;
        }
        if (o instanceof WeftRange r) {
            return r.length() != 0;
        }
        if (o instanceof DictView v) {
            return v.dict().size() != 0;
        }
        if (o instanceof WeftComplex c) {
            return c.real != 0.0 || c.imag != 0.0;
        }
        return userTruth(t, o);
    }

    private static boolean userTruth(Fiber t, Object o) {
        WeftType type = Types.of(o);
        if (type.isBuiltin()) {
            return !(o instanceof HasTruth h) || h.isTrue();
        }
        Object f = type.lookup("__bool__");
        if (f != null) {
            Object r = Calls.callDirect(t, f, o);
            if (!(r instanceof Boolean b)) {
                throw Errors.typeError("__bool__ should return bool, returned " + Types.name(r));
            }
            return b;
        }
        f = type.lookup("__len__");
        if (f != null) {
            return Protocols.checkLen(Calls.callDirect(t, f, o)) != 0;
        }
        return true;
    }

    public static Boolean of(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }
}
