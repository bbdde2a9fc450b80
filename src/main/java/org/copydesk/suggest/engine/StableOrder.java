package org.copydesk.suggest.engine;

import java.util.Arrays;

/**
 * A stable sort of indices by non-negative int keys (a radix sort, 16 bits a pass): the engine orders hundreds of
 * thousands of suggestions by rank, and a comparator over objects spent more time than finding them. A paragraph's
 * few suggestions are sorted with the JDK's stable sort instead: a radix pass needs a 256 KB count array, which for
 * every saved paragraph was a tenth of what the server allocated under load.
 */
final class StableOrder {

    /** Up to this many indices are sorted by comparison. */
    static final int COMPARE_BELOW = 1_024;

    private StableOrder() {}

    /**
     * The indices {@code 0 .. n - 1} ordered by the keys, the first key array deciding first; equal keys keep the
     * order of their indices. Every key must be non-negative.
     */
    static int[] of(int n, int[]... keys) {
        return n < COMPARE_BELOW ? compared(n, keys) : radix(n, keys);
    }

    /** As {@link #of}, by a stable comparison sort. */
    static int[] compared(int n, int[]... keys) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            for (int[] key : keys) {
                int c = Integer.compare(key[a], key[b]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** As {@link #of}, by a radix sort. */
    static int[] radix(int n, int[]... keys) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] spare = new int[n];
        int[] count = new int[1 << 16];
        for (int k = keys.length - 1; k >= 0; k--) {
            for (int shift = 0; shift < 32; shift += 16) {
                if (pass(order, spare, keys[k], shift, count)) {
                    int[] t = order;
                    order = spare;
                    spare = t;
                }
            }
        }
        return order;
    }

    /** Moves {@code from} into {@code to} ordered by one digit; false (and nothing moved) if all share it. */
    private static boolean pass(int[] from, int[] to, int[] key, int shift, int[] count) {
        java.util.Arrays.fill(count, 0);
        for (int i : from) {
            count[(key[i] >>> shift) & 0xFFFF]++;
        }
        if (from.length == 0 || count[(key[from[0]] >>> shift) & 0xFFFF] == from.length) {
            return false;
        }
        int sum = 0;
        for (int d = 0; d < count.length; d++) {
            int c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (int i : from) {
            to[count[(key[i] >>> shift) & 0xFFFF]++] = i;
        }
        return true;
    }
}
