// SPDX-License-Identifier: Apache-2.0
package dev.weft.runtime;

import dev.weft.cps.Fiber;

/** A slice object {@code start:stop:step}; each part may be None. */
public final class WeftSlice implements WeftObject, WeftRepresentable {
    public final Object start;
    public final Object stop;
    public final Object step;

    public WeftSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public WeftType type() {
        return Types.SLICE;
    }

    /**
     * Resolves the slice against a sequence of {@code length}: {start, stop, step, count} with
     * CPython's clamping ({@code PySlice_Unpack} + {@code PySlice_AdjustIndices}).
     */
    public long[] indices(Fiber t, long length) {
        long st = step == WeftNone.NONE ? 1 : Protocols.index(t, step);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == WeftNone.NONE ? 0 : clamp(Protocols.index(t, start), length, 0, length);
            hi = stop == WeftNone.NONE ? length : clamp(Protocols.index(t, stop), length, 0, length);
        } else {
            lo = start == WeftNone.NONE ? length - 1
                    : clamp(Protocols.index(t, start), length, -1, length - 1);
            hi = stop == WeftNone.NONE ? -1 : clamp(Protocols.index(t, stop), length, -1, length - 1);
        }
        long count;
        if (st > 0) {
            count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            count = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new long[] {lo, hi, st, count};
    }

    private static long clamp(long i, long length, long low, long high) {
        if (i < 0) {
            i += length;
            if (i < 0) {
                return low;
            }
        }
        return Math.min(i, high);
    }

    @Override
    public String repr(Fiber t) {
        return "slice(" + Reprs.repr(t, start) + ", " + Reprs.repr(t, stop) + ", "
                + Reprs.repr(t, step) + ")";
    }
}
