package org.copydesk.suggest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private static List<String> found(PhraseMatcher<String> matcher, String text) {
        List<String> out = new ArrayList<>();
        matcher.forEach(
                AnalysedText.of(text),
                (start, end, payload, phrase) ->
                        out.add(start + "-" + end + " " + payload + " " + matcher.phrase(phrase)));
        return out;
    }

    @Test
    void keeps_only_occurrences_that_start_and_end_at_word_boundaries() {
        var matcher = PhraseMatcher.of(List.of("cat", "at"), p -> p);
        assertThat(found(matcher, "cat scatter cat. at-cat"))
                .containsExactly("0-3 cat cat", "12-15 cat cat", "17-19 at at", "20-23 cat cat");
    }

    @Test
    void reports_by_end_then_by_folded_phrase_with_overlaps() {
        var matcher = PhraseMatcher.of(List.of("New York", "york", "new", "big new york", "ork"), p -> p);
        assertThat(found(matcher, "The Big New York times"))
                .containsExactly(
                        "8-11 new new", "4-16 big new york big new york", "8-16 New York new york", "12-16 york york");
    }

    @Test
    void phrases_are_folded_and_the_first_entry_for_a_phrase_wins() {
        var matcher = PhraseMatcher.of(List.of(" Über ", "über", ""), p -> p);
        assertThat(matcher.size()).isEqualTo(1);
        assertThat(matcher.find(AnalysedText.of("ÜBER alles")))
                .containsExactly(new PhraseMatcher.Match<>(0, 4, " Über "));
    }

    @Test
    void phrases_may_start_or_end_with_punctuation() {
        var matcher = PhraseMatcher.of(List.of(", and", "and,"), p -> p);
        assertThat(found(matcher, "red, and blue and, green")).containsExactly("3-8 , and , and", "14-18 and, and,");
    }

    @Test
    void an_empty_table_finds_nothing() {
        var matcher = PhraseMatcher.<String>of(List.of(), p -> p);
        assertThat(matcher.find(AnalysedText.of("anything"))).isEmpty();
    }

    @Test
    void a_few_phrases_are_found_by_scanning_exactly_as_the_automaton_finds_them() {
        var random = new java.util.Random(7);
        String[] words = {"a", "an", "and", "band", "new", "york", "new york", "ork", "-", ",", "it's", "its"};
        for (int round = 0; round < 300; round++) {
            List<String> phrases = new ArrayList<>();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                phrases.add(words[random.nextInt(words.length)]);
            }
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            var scanning = PhraseMatcher.of(phrases, p -> p, Integer.MAX_VALUE);
            var automaton = PhraseMatcher.of(phrases, p -> p, 0);
            assertThat(found(scanning, text.toString()))
                    .as("%s in «%s»", phrases, text)
                    .isEqualTo(found(automaton, text.toString()));
        }
    }
}
