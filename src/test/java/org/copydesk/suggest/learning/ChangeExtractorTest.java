package org.copydesk.suggest.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
