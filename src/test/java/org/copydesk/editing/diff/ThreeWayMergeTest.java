package org.copydesk.editing.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two editors' changes to one base revision, combined word by word. */
class ThreeWayMergeTest {

    private static final String BASE =
            "North Korean people working inChina have actually been identified as defectors past their 60- day licenses.";

    @Test
    void changes_to_different_words_are_both_kept() {
        String mine = BASE.replace("inChina", "in China");
        String theirs = BASE.replace("60- day", "60-day");

        var merged = ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(merged.text())
                .isEqualTo("North Korean people working in China have actually been identified as defectors past their"
                        + " 60-day licenses.");
        assertThat(merged.isClean()).isTrue();
    }

    @Test
    void the_same_change_on_both_sides_is_kept_once() {
        String both = BASE.replace("actually ", "");

        var merged = ThreeWayMerge.merge(BASE, both, both);

        assertThat(merged.text()).isEqualTo(both);
        assertThat(merged.isClean()).isTrue();
    }

    @Test
    void different_changes_to_the_same_words_overlap_and_mine_is_kept_there() {
        String mine = BASE.replace("identified", "labeled");
        String theirs = BASE.replace("identified", "branded").replace("60- day", "60-day");

        var merged = ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(merged.overlaps()).isEqualTo(1);
        assertThat(merged.text()).contains("been labeled as").contains("60-day");
    }

    @Test
    void two_different_insertions_at_the_same_place_overlap() {
        var merged = ThreeWayMerge.merge("a b", "a x b", "a y b");

        assertThat(merged.overlaps()).isEqualTo(1);
        assertThat(merged.text()).isEqualTo("a x b");
    }

    @Test
    void a_deletion_next_to_an_insertion_is_not_an_overlap() {
        var merged = ThreeWayMerge.merge("one two three", "one three", "one two three four");

        assertThat(merged.text()).isEqualTo("one three four");
        assertThat(merged.isClean()).isTrue();
    }

    @Test
    void edits_at_both_ends_of_an_empty_base_overlap_when_both_write_text() {
        var merged = ThreeWayMerge.merge("", "Mine.", "Theirs.");

        assertThat(merged.overlaps()).isEqualTo(1);
        assertThat(merged.text()).isEqualTo("Mine.");
    }
}
