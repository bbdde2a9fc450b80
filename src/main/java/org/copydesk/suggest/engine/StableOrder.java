package org.copydesk.suggest.engine;

/**
 * A stable sort of indices by non-negative int keys (a radix sort, 16 bits a pass): the engine orders hundreds of
 * thousands of suggestions by rank, and a comparator over objects spent more time than finding them.
 */
final class StableOrder {

    private StableOrder() {}

    /**
     * The indices {@code 0 .. n - 1} ordered by the keys, the first key array deciding first; equal keys keep the
     * order of their indices. Every key must be non-negative.
     */
    static int[] of(int n, int[]... keys) {
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
