package org.copydesk.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextPatternTest {

    @Test
    void plain_text_ignores_case_unless_asked_and_treats_regex_characters_literally() {
        assertThat(starts(new PatternSpec("informed RFA", false, false, false), "They Informed rfa. informed RFA"))
                .containsExactly(5, 19);
        assertThat(starts(new PatternSpec("informed RFA", false, true, false), "They Informed rfa. informed RFA"))
                .containsExactly(19);
        assertThat(starts(PatternSpec.literal("a.b (c)"), "axb (c) a.b (c)")).containsExactly(8);
    }

    @Test
    void case_insensitive_matching_folds_letters_beyond_ascii() {
        assertThat(starts(PatternSpec.literal("café"), "CAFÉ and Café")).containsExactly(0, 9);
    }

    @Test
    void whole_word_skips_matches_inside_longer_words_also_for_non_ascii_letters() {
        var sibling = new PatternSpec("sibling", false, false, true);
        assertThat(starts(sibling, "siblings, sibling; the sibling-rivalry, Xsibling"))
                .containsExactly(10, 23);
        assertThat(starts(new PatternSpec("caf", false, false, true), "café caf"))
                .containsExactly(5);
        assertThat(starts(new PatternSpec("an", false, false, true), "ban an")).containsExactly(4);
    }

    @Test
    void whole_word_finds_a_later_match_that_overlaps_a_rejected_one() {
        assertThat(starts(new PatternSpec("aa", false, true, true), "aaa aa")).containsExactly(4);
    }

    @Test
    void a_regular_expression_finds_every_match_with_its_groups() {
        var matches = found(PatternSpec.regex("informed (\\w+)"), "She informed RFA and informed them.");
        assertThat(matches).extracting(TextMatch::text).containsExactly("informed RFA", "informed them");
        assertThat(matches).extracting(m -> m.groups().get(1)).containsExactly("RFA", "them");
    }

    @Test
    void capture_groups_are_substituted_in_the_replacement() {
        var pattern = compiled(PatternSpec.regex("(\\d+)- day"));
        var replacement = parsed(Replacement.parse("$1-day", pattern));

        assertThat(pattern.replaceIn("a 60- day visit and a 90- day one", replacement))
                .isEqualTo("a 60-day visit and a 90-day one");
    }

    @Test
    void groups_can_be_swapped_named_and_escaped() {
        var pattern = compiled(PatternSpec.regex("(?<first>\\w+) (\\w+)"));
        assertThat(pattern.replaceIn("hello world", parsed(Replacement.parse("$2 ${first}", pattern))))
                .isEqualTo("world hello");
        assertThat(pattern.replaceIn("hello world", parsed(Replacement.parse("\\$$1 or \\\\", pattern))))
                .isEqualTo("$hello or \\");
    }

    @Test
    void a_dollar_sign_is_literal_in_a_plain_text_replacement() {
        var pattern = compiled(PatternSpec.literal("price"));
        assertThat(pattern.replaceIn("the price", parsed(Replacement.parse("$1 cost", pattern))))
                .isEqualTo("the $1 cost");
    }

    @Test
    void a_group_number_beyond_the_pattern_is_refused_before_anything_is_replaced() {
        var pattern = compiled(PatternSpec.regex("(\\w+)"));
        assertThat(Replacement.parse("$2", pattern))
                .isEqualTo(new Parsed.Invalid<Replacement>(
                        "The replacement refers to group $2, but the pattern has only 1."));
        assertThat(Replacement.parse("${nope}", pattern)).isInstanceOf(Parsed.Invalid.class);
        assertThat(Replacement.parse("costs $", pattern)).isInstanceOf(Parsed.Invalid.class);
        // As in Java, $10 with one group means group 1 followed by "0".
        assertThat(pattern.replaceIn("ab", parsed(Replacement.parse("$10", pattern))))
                .isEqualTo("ab0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a)\\1", "(?<w>a)\\k<w>", "(?=x)y", "(?!x)y", "(?<=x)y", "(?<!x)y"})
    void backreferences_and_lookaround_are_refused_with_a_reason(String regex) {
        var result = TextPattern.compile(PatternSpec.regex(regex));
        assertThat(result)
                .isInstanceOfSatisfying(
                        Parsed.Invalid.class,
                        invalid -> assertThat(invalid.reason())
                                .contains("not supported")
                                .contains("linear-time"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a", "[a-", "x{2000}", "*a"})
    void a_malformed_regular_expression_is_refused_with_what_is_wrong(String regex) {
        assertThat(TextPattern.compile(PatternSpec.regex(regex)))
                .isInstanceOfSatisfying(
                        Parsed.Invalid.class,
                        invalid -> assertThat(invalid.reason()).startsWith("This is not a valid regular expression"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a*", "(?:)", "x?"})
    void a_pattern_that_matches_empty_text_is_refused(String regex) {
        assertThat(TextPattern.compile(PatternSpec.regex(regex))).isInstanceOf(Parsed.Invalid.class);
    }

    @Test
    void a_catastrophic_pattern_on_a_long_text_answers_in_linear_time() {
        var pattern = compiled(PatternSpec.regex("(a+)+$"));
        String text = "a".repeat(100_000) + "b";

        long start = System.nanoTime();
        boolean found = pattern.occursIn(text);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(found).isFalse();
        // java.util.regex needs about 2^n steps here (decades); RE2/J a few milliseconds per 100,000 characters.
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 40).mapToObj(Arguments::of);
    }

    /** A plain-text search finds exactly what String.indexOf finds, in random texts over a tiny alphabet. */
    @ParameterizedTest
    @MethodSource("seeds")
    void plain_text_search_agrees_with_index_of(int seed) {
        var random = new Random(seed);
        String text = randomText(random, 200);
        String needle = randomText(random, 1 + random.nextInt(3));
        List<Integer> expected = new java.util.ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            expected.add(i);
        }
        assertThat(starts(new PatternSpec(needle, false, true, false), text)).isEqualTo(expected);
    }

    /** Replacing with the match itself ($0) gives the text back unchanged. */
    @ParameterizedTest
    @MethodSource("seeds")
    void replacing_every_match_with_itself_changes_nothing(int seed) {
        var random = new Random(seed);
        String text = randomText(random, 300);
        var pattern = compiled(new PatternSpec("(a|b)+c?", true, random.nextBoolean(), random.nextBoolean()));
        assertThat(pattern.replaceIn(text, parsed(Replacement.parse("$0", pattern))))
                .isEqualTo(text);
    }

    private static String randomText(Random random, int length) {
        String alphabet = "abcA. é";
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static TextPattern compiled(PatternSpec spec) {
        return ((Parsed.Ok<TextPattern>) TextPattern.compile(spec)).value();
    }

    static Replacement parsed(Parsed<Replacement> parsed) {
        assertThat(parsed).isInstanceOf(Parsed.Ok.class);
        return ((Parsed.Ok<Replacement>) parsed).value();
    }

    private static List<TextMatch> found(PatternSpec spec, String text) {
        return compiled(spec).findIn(text);
    }

    private static List<Integer> starts(PatternSpec spec, String text) {
        return found(spec, text).stream().map(TextMatch::start).toList();
    }
}
