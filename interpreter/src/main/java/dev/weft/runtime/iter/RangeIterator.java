// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime.iter;

import dev.weft.cps.Fiber;
import dev.weft.runtime.IntOps;
import dev.weft.runtime.WeftIterator;
import dev.weft.runtime.WeftRange;
import dev.weft.runtime.WeftType;
import java.math.BigInteger;

/** Iterates a range with a long counter (ranges beyond long use BigInteger steps). */
public final class RangeIterator extends WeftIterator {
    static final WeftType TYPE = Iterators.type("range_iterator");

    private final WeftRange range;
    private long next;
    private long remaining;
    private final long step;
    private BigInteger bigNext;
    private BigInteger bigRemaining;

    public RangeIterator(WeftRange r) {
        this.range = r;
        if (r.isSmall()) {
            next = r.smallStart();
            step = r.smallStep();
            remaining = r.length();
        } else {
            step = 0;
            bigNext = IntOps.big(r.start());
            bigRemaining = r.bigLength();
        }
    }

    @Override
    public WeftType type() {
        return TYPE;
    }

    @Override
    public Object next(Fiber t) {
        if (bigNext == null) {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }
        if (bigRemaining.signum() <= 0) {
            return null;
        }
        bigRemaining = bigRemaining.subtract(BigInteger.ONE);
        BigInteger v = bigNext;
        bigNext = bigNext.add(IntOps.big(range.step()));
        return IntOps.norm(v);
    }

    @Override
    public int lengthHint() {
        return bigNext == null ? (int) Math.min(Integer.MAX_VALUE, remaining) : -1;
    }
}
