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

    @Override
    public String repr(Fiber t) {
        if (IntOps.compare(step, 1L) == 0) {
            return "range(" + start + ", " + stop + ")";
        }
        return "range(" + start + ", " + stop + ", " + step + ")";
    }
}
