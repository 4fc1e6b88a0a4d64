// SPDX-License-Identifier: Apache-2.0
package dev.weft.stdlib.itertools;

import dev.weft.cps.Fiber;
import dev.weft.runtime.WeftTuple;
import dev.weft.runtime.WeftType;

/**
 * product, permutations, combinations and combinations_with_replacement, over inputs read
 * into arrays first; results come in CPython's (lexicographic by position) order.
 */
final class Combinatoric {
    private Combinatoric() {}

    /** Cartesian product: an odometer over the pools, rightmost wheel fastest. */
    static final class Product extends Base {
        private final Object[][] pools;
        private int[] indices;
        private boolean done;

        Product(WeftType type, Object[][] pools) {
            super(type);
            this.pools = pools;
            for (Object[] p : pools) {
                done |= p.length == 0;
            }
        }

        @Override
        public Object next(Fiber t) {
            if (done) {
                return null;
            }
            if (indices == null) {
                indices = new int[pools.length];
                return row();
            }
            int i = pools.length - 1;
            for (; i >= 0; i--) {
                if (++indices[i] < pools[i].length) {
                    break;
                }
                indices[i] = 0;
            }
            if (i < 0) {
                done = true;
                return null;
            }
            return row();
        }

        private WeftTuple row() {
            Object[] out = new Object[pools.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pools[i][indices[i]];
            }
            return new WeftTuple(out);
        }
    }

    /** r-length orderings of the pool's positions. */
    static final class Permutations extends Base {
        private final Object[] pool;
        private final int r;
        private int[] indices;
        private int[] cycles;
        private boolean done;

        Permutations(WeftType type, Object[] pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.done = r > pool.length;
        }

        @Override
        public Object next(Fiber t) {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[n];
                cycles = new int[r];
                for (int i = 0; i < n; i++) {
                    indices[i] = i;
                }
                for (int i = 0; i < r; i++) {
                    cycles[i] = n - i;
                }
                return row();
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    // rotate indices[i:] left by one
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = n - cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[j];
                    indices[j] = tmp;
                    return row();
                }
            }
            done = true;
            return null;
        }

        private WeftTuple row() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new WeftTuple(out);
        }
    }

    /** r-length subsequences of the pool, with or without repeated positions. */
    static final class Combinations extends Base {
        private final Object[] pool;
        private final int r;
        private final boolean replacement;
        private int[] indices;
        private boolean done;

        Combinations(WeftType type, Object[] pool, int r, boolean replacement) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.replacement = replacement;
            this.done = replacement ? pool.length == 0 && r > 0 : r > pool.length;
        }

        @Override
        public Object next(Fiber t) {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                for (int i = 0; i < r; i++) {
                    indices[i] = replacement ? 0 : i;
                }
                return row();
            }
            int i = r - 1;
            for (; i >= 0; i--) {
                if (replacement ? indices[i] != n - 1 : indices[i] != i + n - r) {
                    break;
                }
            }
            if (i < 0) {
                done = true;
                return null;
            }
            if (replacement) {
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            } else {
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            return row();
        }

        private WeftTuple row() {
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new WeftTuple(out);
        }
    }
}
