package org.copydesk.editing.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.editing.diff.DiffSegment.Operation.DELETED;
import static org.copydesk.editing.diff.DiffSegment.Operation.EQUAL;
import static org.copydesk.editing.diff.DiffSegment.Operation.INSERTED;

import org.junit.jupiter.api.Test;

/** The seed article's typical repairs show as small, readable changes. */
class WordDiffTest {

    @Test
    void words_punctuation_and_whitespace_are_separate_tokens_that_join_to_the_text() {
        assertThat(WordTokens.of("‘I’ m here, in 60- day."))
                .containsExactly("‘", "I", "’", " ", "m", " ", "here", ",", " ", "in", " ", "60", "-", " ", "day", ".");
    }

    @Test
    void a_lower_case_letter_followed_by_a_capital_starts_a_new_word() {
        assertThat(WordTokens.of("working inChina")).containsExactly("working", " ", "in", "China");
    }

    @Test
    void inChina_to_in_China_is_one_inserted_space() {
        var diff = WordDiff.between("people working inChina have", "people working in China have");

        assertThat(diff.segments())
                .containsExactly(
                        new DiffSegment(EQUAL, "people working in"),
                        new DiffSegment(INSERTED, " "),
                        new DiffSegment(EQUAL, "China have"));
        assertThat(diff.changeCount()).isEqualTo(1);
    }

    @Test
    void sixty_dash_space_day_to_sixty_day_is_one_deleted_space() {
        var diff = WordDiff.between("past their 60- day licenses", "past their 60-day licenses");

        assertThat(diff.segments())
                .containsExactly(
                        new DiffSegment(EQUAL, "past their 60-"),
                        new DiffSegment(DELETED, " "),
                        new DiffSegment(EQUAL, "day licenses"));
    }

    @Test
    void a_split_contraction_joined_again_is_one_deleted_space() {
        var diff = WordDiff.between("‘I’ m not going back", "‘I’m not going back");

        assertThat(diff.segments())
                .containsExactly(
                        new DiffSegment(EQUAL, "‘I’"),
                        new DiffSegment(DELETED, " "),
                        new DiffSegment(EQUAL, "m not going back"));
    }

    @Test
    void a_replaced_word_is_deleted_then_inserted_and_the_rest_stays_equal() {
        var diff = WordDiff.between("have actually been labeled defectors", "have been labeled “defectors”");

        assertThat(diff.segments())
                .containsExactly(
                        new DiffSegment(EQUAL, "have "),
                        new DiffSegment(DELETED, "actually "),
                        new DiffSegment(EQUAL, "been labeled "),
                        new DiffSegment(INSERTED, "“"),
                        new DiffSegment(EQUAL, "defectors"),
                        new DiffSegment(INSERTED, "”"));
        assertThat(diff.changeCount()).isEqualTo(3);
    }

    @Test
    void a_rewritten_sentence_is_one_deletion_and_one_insertion_not_words_zipped_with_spaces() {
        var diff = WordDiff.between(
                "And now that leader Kim Jong Un’s sibling has led a drive.", "Editor2 was first with this fix.");

        assertThat(diff.segments())
                .containsExactly(
                        new DiffSegment(DELETED, "And now that leader Kim Jong Un’s sibling has led a drive"),
                        new DiffSegment(INSERTED, "Editor2 was first with this fix"),
                        new DiffSegment(EQUAL, "."));
    }

    @Test
    void equal_texts_have_no_changes() {
        var diff = WordDiff.between("Same text.", "Same text.");

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.segments()).containsExactly(new DiffSegment(EQUAL, "Same text."));
    }

    @Test
    void the_empty_text_against_a_sentence_is_one_insertion() {
        assertThat(WordDiff.between("", "New words.").segments())
                .containsExactly(new DiffSegment(INSERTED, "New words."));
    }
}
