// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;
import java.math.BigInteger;

/** Python's range: start, stop and step as ints; long arithmetic when everything fits. */
public final class WeftRange implements WeftObject, WeftRepresentable {
    private final Object start;
    private final Object stop;
    private final Object step;
    private final boolean small;
    private final long length;

    public WeftRange(Object start, Object stop, Object step) {
        if (IntOps.isZero(step)) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        BigInteger len = computeLength(IntOps.big(start), IntOps.big(stop), IntOps.big(step));
        this.small = IntOps.fitsLong(start) && IntOps.fitsLong(stop) && IntOps.fitsLong(step)
                && len.bitLength() < 63;
        this.length = small ? len.longValue() : -1;
    }

    private static BigInteger computeLength(BigInteger lo, BigInteger hi, BigInteger step) {
        BigInteger diff = step.signum() > 0 ? hi.subtract(lo) : lo.subtract(hi);
        if (diff.signum() <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger s = step.abs();
        return diff.add(s).subtract(BigInteger.ONE).divide(s);
    }

    @Override
    public WeftType type() {
        return Types.RANGE;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }

    public boolean isSmall() {
        return small;
    }

    public long smallStart() {
        return IntOps.small(start);
    }

    public long smallStep() {
        return IntOps.small(step);
    }

    /** The length, when it fits a long; see {@link #bigLength}. */
    public long length() {
        if (!small) {
            BigInteger l = bigLength();
            if (l.bitLength() >= 63) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            return l.longValue();
        }
        return length;
    }

    public BigInteger bigLength() {
        return small ? BigInteger.valueOf(length)
                : computeLength(IntOps.big(start), IntOps.big(stop), IntOps.big(step));
    }

    /** Item {@code i} (0 <= i < length). */
    public Object item(long i) {
        if (small) {
            return IntOps.add(IntOps.small(start), i * IntOps.small(step));
        }
        return IntOps.norm(IntOps.big(start).add(BigInteger.valueOf(i).multiply(IntOps.big(step))));
    }

    public boolean containsInt(Object v) {
        BigInteger x = IntOps.big(v);
        BigInteger lo = IntOps.big(start);
        BigInteger st = IntOps.big(step);
        BigInteger hi = IntOps.big(stop);
        boolean inside = st.signum() > 0 ? x.compareTo(lo) >= 0 && x.compareTo(hi) < 0
                : x.compareTo(lo) <= 0 && x.compareTo(hi) > 0;
        return inside && x.subtract(lo).mod(st.abs()).signum() == 0;
    }

    /** Equal as sequences (CPython compares ranges by the values they produce). */
    public boolean sameAs(WeftRange o) {
        BigInteger n = bigLength();
        if (!n.equals(o.bigLength())) {
            return false;
        }
        if (n.signum() == 0) {
            return true;
        }
        if (!IntOps.big(start).equals(IntOps.big(o.start))) {
            return false;
        }
        return n.equals(BigInteger.ONE) || IntOps.big(step).equals(IntOps.big(o.step));
    }

    /** {@code r[key]}: an item (any int index, even past a long) or, for a slice, a range. */
    public Object get(Fiber t, Object key) {
        if (key instanceof WeftSlice s) {
            return slice(t, s);
        }
        if (small && key instanceof Long l) {
            long i = l < 0 ? l + length : l;
            if (i < 0 || i >= length) {
                throw Errors.indexError("range object index out of range");
            }
            return item(i);
        }
        BigInteger i = IntOps.big(Protocols.indexValue(t, key));
        BigInteger n = bigLength();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return at(i);
    }

    /** {@code start + i * step}, unchecked (slicing needs the ends, one past the last item). */
    private Object at(BigInteger i) {
        return IntOps.norm(IntOps.big(start).add(i.multiply(IntOps.big(step))));
    }

    /**
     * A slice of a range is a range: the slice's indices, resolved against this length, mapped
     * through {@link #at} (CPython keeps the unreduced ends: {@code range(10)[0:9:4]} is
     * {@code range(0, 9, 4)}).
     */
    private WeftRange slice(Fiber t, WeftSlice s) {
        BigInteger[] ix = bigIndices(t, s, bigLength());
        return new WeftRange(at(ix[0]), at(ix[1]), IntOps.mul(step, IntOps.norm(ix[2])));
    }

    /** {@code slice.indices(length)} with ints of any size: {start, stop, step}. */
    private static BigInteger[] bigIndices(Fiber t, WeftSlice s, BigInteger length) {
        BigInteger st = s.step == WeftNone.NONE ? BigInteger.ONE
                : IntOps.big(Protocols.indexValue(t, s.step));
        if (st.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger lo = bound(t, s.start, back ? upper : lower, length, lower, upper);
        BigInteger hi = bound(t, s.stop, back ? lower : upper, length, lower, upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger bound(Fiber t, Object v, BigInteger dflt, BigInteger length,
            BigInteger lower, BigInteger upper) {
        if (v == WeftNone.NONE) {
            return dflt;
        }
        BigInteger i = IntOps.big(Protocols.indexValue(t, v));
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** The same items backwards, for {@code reversed()}. */
    public WeftRange reversed() {
        BigInteger n = bigLength();
        if (n.signum() == 0) {
            return new WeftRange(start, start, 1L);
        }
        Object last = at(n.subtract(BigInteger.ONE));
        return new WeftRange(last, IntOps.sub(start, step), IntOps.neg(step));
    }

    /** {@code r.index(v)}'s answer for an int, or null when absent. */
    public Object indexOfInt(Object v) {
        if (!containsInt(v)) {
            return null;
        }
        return IntOps.floorDiv(IntOps.sub(v, start), step);
    }

    /**
     * CPython's range hash: that of {@code (len, start, step)}, with None for the parts that
     * do not matter, so that equal ranges hash alike.
     */
    public long pyHash(Fiber t) {
        BigInteger n = bigLength();
        Object first = n.signum() == 0 ? WeftNone.NONE : start;
        Object stride = n.compareTo(BigInteger.ONE) <= 0 ? WeftNone.NONE : step;
        return Hashing.hashTuple(t, WeftTuple.of(IntOps.norm(n), first, stride));
    }

    @Override
    public String repr(Fiber t) {
        if (IntOps.compare(step, 1L) == 0) {
            return "range(" + start + ", " + stop + ")";
        }
        return "range(" + start + ", " + stop + ", " + step + ")";
    }
}
