package org.copydesk.suggest.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeExtractorTest {

    @Test
    void word_level_differences_become_anchored_substitutions() {
        var lesson = ChangeExtractor.learn(
                "Officials have actually informed RFA that the federal government stated it.",
                "Officials have told RFA that the government said it.",
                List.of());
        assertThat(lesson.changed().keySet())
                .contains(new LearnedChange("actually informed", "told"))
                .contains(new LearnedChange("the federal", "the"), new LearnedChange("stated", "said"));
    }

    @Test
    void a_known_phrase_left_unchanged_counts_as_kept_and_quotes_teach_nothing() {
        var lesson = ChangeExtractor.learn(
                "The nation voted. “The nation stated it,” he stated.",
                "The nation voted. “The nation stated it,” he said.",
                List.of("the nation", "stated"));
        assertThat(lesson.changed()).containsOnlyKeys(new LearnedChange("stated", "said"));
        assertThat(lesson.kept()).containsEntry("the nation", 1).doesNotContainKey("stated");
    }

    @Test
    void sentence_start_capitals_are_not_learned() {
        var lesson = ChangeExtractor.learn("Professionals say so.", "Experts say so.", List.of());
        assertThat(lesson.changed()).containsOnlyKeys(new LearnedChange("professionals", "experts"));
    }

    @Test
    void a_change_of_as_many_words_as_it_replaces_is_also_learned_word_by_word() {
        var lesson = ChangeExtractor.learn("It is a highly vital issue.", "It is a very important issue.", List.of());
        assertThat(lesson.changed().keySet())
                .contains(
                        new LearnedChange("highly vital", "very important"),
                        new LearnedChange("highly", "very"),
                        new LearnedChange("vital", "important"));
    }

    @Test
    void a_known_filler_before_a_swap_is_learned_as_its_deletion_and_the_swap() {
        String spun = "Officials have actually informed RFA.";
        String original = "Officials have told RFA.";
        assertThat(ChangeExtractor.learn(spun, original, List.of()).changed())
                .containsOnlyKeys(new LearnedChange("actually informed", "told"));
        assertThat(ChangeExtractor.learn(spun, original, List.of(), Set.of("actually"))
                        .changed()
                        .keySet())
                .contains(
                        new LearnedChange("actually informed", "told"),
                        new LearnedChange("have actually", "have"),
                        new LearnedChange("informed", "told"));
    }

    @Test
    void a_filler_deleted_elsewhere_in_the_same_text_counts_as_known() {
        var lesson = ChangeExtractor.learn(
                "It is in fact late. They have in fact accepted it.", "It is late. They have adopted it.", List.of());
        assertThat(lesson.changed().keySet())
                .contains(
                        new LearnedChange("is in fact", "is"),
                        new LearnedChange("have in fact", "have"),
                        new LearnedChange("accepted", "adopted"));
    }

    @Test
    void the_filler_of_a_learned_deletion_is_the_words_after_its_anchor() {
        assertThat(ChangeExtractor.filler(new LearnedChange("have in fact", "have")))
                .isEqualTo("in fact");
        assertThat(ChangeExtractor.filler(new LearnedChange(". Indeed,", "."))).isEqualTo("indeed ,");
        assertThat(ChangeExtractor.filler(new LearnedChange("stated", "said"))).isEmpty();
        assertThat(ChangeExtractor.filler(new LearnedChange("the federal", ""))).isEmpty();
    }

    @Test
    void a_deleted_sentence_opener_is_learned_bare_without_the_next_word() {
        var lesson = ChangeExtractor.learn(
                "Indeed, the vote was late. As a matter of fact, we left. Indeed, Mr Li stayed.",
                "The vote was late. We left. Mr Li stayed.",
                List.of());
        assertThat(lesson.changed())
                .containsEntry(new LearnedChange("indeed,", ""), 2)
                .containsEntry(new LearnedChange("as a matter of fact,", ""), 1)
                .hasSize(2);
    }

    @Test
    void words_before_a_comma_inside_a_sentence_are_no_opener() {
        var lesson = ChangeExtractor.learn("We met, indeed, the mayor.", "We met the mayor.", List.of());
        assertThat(lesson.changed().keySet()).noneMatch(c -> c.to().isEmpty());
    }

    @Test
    void an_opener_left_unchanged_counts_as_kept_only_at_a_sentence_start() {
        String text = "It is, indeed, late. Indeed, we know.";
        assertThat(ChangeExtractor.learn(text, text, List.of("indeed,")).kept()).containsEntry("indeed,", 1);
    }
}
