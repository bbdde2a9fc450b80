package org.copydesk.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.copydesk.search.matching.Parsed;
import org.copydesk.search.matching.PatternSpec;
import org.copydesk.search.matching.TextPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNarrowingTest {

    @Test
    void a_case_insensitive_literal_is_narrowed_by_its_ascii_runs_and_like_wildcards_are_escaped() {
        assertThat(TextNarrowing.of(PatternSpec.literal("50%_off café")).fragments())
                .containsExactly("%50\\%\\_off caf%");
        assertThat(TextNarrowing.of(new PatternSpec("Café", false, true, false)).fragments())
                .containsExactly("%Café%");
        assertThat(TextNarrowing.of(PatternSpec.literal("été")).narrows()).isFalse();
    }

    @Test
    void a_regex_is_narrowed_by_what_every_match_contains() {
        var narrowing = TextNarrowing.of(new PatternSpec("informed (\\w+) about", true, false, false));
        assertThat(narrowing.fragments()).containsExactly("%informed %", "% about%");
        assertThat(narrowing.condition("p.corrected_text"))
                .isEqualTo("p.corrected_text ilike ? and p.corrected_text ilike ?");
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 200).mapToObj(Arguments::of);
    }

    /**
     * A case-insensitive search never loses a match to the database: every text the pattern matches also contains
     * every fragment under ILIKE's ASCII-only case folding (including texts with the Kelvin sign and the long s,
     * which RE2 folds to k and s).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void no_matching_text_is_dropped_by_the_narrowing(int seed) {
        var random = new Random(seed);
        String alphabet = "askSKſK é.É";
        String needle = randomText(random, alphabet, 3 + random.nextInt(4));
        var spec = new PatternSpec(needle, random.nextBoolean(), false, false);
        if (!(TextPattern.compile(spec) instanceof Parsed.Ok<TextPattern>(TextPattern pattern))) {
            return;
        }
        var narrowing = TextNarrowing.of(spec);
        for (int t = 0; t < 40; t++) {
            String text = randomText(random, alphabet, random.nextInt(14));
            if (pattern.occursIn(text)) {
                assertThat(narrowing.fragments())
                        .allSatisfy(like -> assertThat(asciiLower(text)).contains(asciiLower(unlike(like))));
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String unlike(String like) {
        return like.substring(1, like.length() - 1)
                .replace("\\%", "%")
                .replace("\\_", "_")
                .replace("\\\\", "\\");
    }

    private static String asciiLower(String text) {
        var lower = new StringBuilder(text.length());
        text.chars().forEach(c -> lower.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
        return lower.toString();
    }
}
