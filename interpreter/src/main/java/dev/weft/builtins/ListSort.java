// SPDX-License-Identifier: Apache-2.0
package dev.weft.builtins;

import dev.weft.cps.Fiber;
import dev.weft.runtime.Calls;
import dev.weft.runtime.Compare;
import dev.weft.runtime.WeftNone;

/**
 * list.sort and sorted(): a stable merge sort that only asks {@code a < b}, as CPython's does,
 * and never fails on inconsistent orders (NaNs), unlike {@link java.util.Arrays#sort}.
 */
public final class ListSort {
    private ListSort() {}

    public static void sort(Fiber t, Object[] items, int n, Object key, boolean reverse) {
        Object[] keys = items;
        if (key != null && key != WeftNone.NONE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Calls.callDirect(t, key, items[i]);
            }
        }
        if (reverse) {
            reverse(items, n);
            if (keys != items) {
                reverse(keys, n);
            }
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        mergeSort(t, keys, idx, new int[n], 0, n);
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = items[idx[i]];
        }
        System.arraycopy(sorted, 0, items, 0, n);
        if (reverse) {
            reverse(items, n);
        }
    }

    private static void mergeSort(Fiber t, Object[] keys, int[] idx, int[] tmp, int lo, int hi) {
        if (hi - lo < 12) {
            insertion(t, keys, idx, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(t, keys, idx, tmp, lo, mid);
        mergeSort(t, keys, idx, tmp, mid, hi);
        if (!less(t, keys[idx[mid]], keys[idx[mid - 1]])) {
            return;
        }
        System.arraycopy(idx, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || !less(t, keys[tmp[j]], keys[tmp[i]]))) {
                idx[k] = tmp[i++];
            } else {
                idx[k] = tmp[j++];
            }
        }
    }

    private static void insertion(Fiber t, Object[] keys, int[] idx, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int x = idx[i];
            int j = i - 1;
            while (j >= lo && less(t, keys[x], keys[idx[j]])) {
                idx[j + 1] = idx[j];
                j--;
            }
            idx[j + 1] = x;
        }
    }

    private static boolean less(Fiber t, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return dev.weft.runtime.Strings.compare(x, y) < 0;
        }
        return Compare.test(t, Compare.LT, a, b);
    }

    private static void reverse(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }
}
