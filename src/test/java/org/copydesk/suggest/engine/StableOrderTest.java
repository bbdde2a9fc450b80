package org.copydesk.suggest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The two ways of ordering suggestions (comparison for a few, radix for many) give the same stable order. */
class StableOrderTest {

    @Test
    void comparison_and_radix_give_the_same_stable_order() {
        var random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            int[] group = new int[n];
            int[] length = new int[n];
            for (int i = 0; i < n; i++) {
                group[i] = random.nextInt(4);
                // keys above 65,535 exercise the radix sort's second digit
                length[i] = random.nextBoolean() ? random.nextInt(5) : Integer.MAX_VALUE - random.nextInt(5);
            }
            assertThat(StableOrder.compared(n, group, length)).isEqualTo(StableOrder.radix(n, group, length));
        }
    }

    @Test
    void equal_keys_keep_the_order_of_their_indices() {
        int[] key = {2, 1, 2, 1, 0};
        assertThat(StableOrder.of(5, key)).containsExactly(4, 1, 3, 0, 2);
    }
}
