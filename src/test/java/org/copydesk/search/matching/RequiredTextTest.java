package org.copydesk.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredTextTest {

    @Test
    void the_literal_parts_of_a_regex_outside_groups_and_optional_atoms_are_required() {
        assertThat(RequiredText.ofRegex("informed (\\w+) about")).containsExactly("informed ", " about");
        assertThat(RequiredText.ofRegex("(\\d+)- day")).containsExactly("- day");
        assertThat(RequiredText.ofRegex("colou?r")).containsExactly("colo", "r");
        assertThat(RequiredText.ofRegex("a\\.b+c*d")).containsExactly("a.b", "d");
        assertThat(RequiredText.ofRegex("x{2}y{0,3}z")).containsExactly("x", "z");
        assertThat(RequiredText.ofRegex("[abc]def[^x]")).containsExactly("def");
    }

    @Test
    void syntax_it_does_not_follow_means_no_narrowing_rather_than_a_guess() {
        assertThat(RequiredText.ofRegex("informed (RFA|them)")).isEmpty();
        assertThat(RequiredText.ofRegex("(?i)informed")).isEmpty();
        assertThat(RequiredText.ofRegex("\\p{L}+ informed")).isEmpty();
        assertThat(RequiredText.ofRegex("\\Qa.b\\E")).isEmpty();
    }

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 300).mapToObj(Arguments::of);
    }

    private static final String[] PIECES = {
        "a", "b", "c", " ", "ab", "\\.", ".", "[ab]", "[^a]", "\\w", "\\s", "(ab)", "(a|c)", "(b)", "?", "*", "+",
        "{2}", "{0,2}", "{1,}", "^", "$", "\\b", "??", "+?"
    };

    /** Whenever a random pattern matches a random text, the text contains every run said to be required. */
    @ParameterizedTest
    @MethodSource("seeds")
    void no_text_that_matches_lacks_a_required_run(int seed) {
        var random = new Random(seed);
        var regex = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(7); i < n; i++) {
            regex.append(PIECES[random.nextInt(PIECES.length)]);
        }
        var spec = new PatternSpec(regex.toString(), true, true, false);
        if (!(TextPattern.compile(spec) instanceof Parsed.Ok<TextPattern>(TextPattern pattern))) {
            return;
        }
        for (int t = 0; t < 50; t++) {
            var text = new StringBuilder();
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                text.append("abc .x".charAt(random.nextInt(6)));
            }
            if (pattern.occursIn(text.toString())) {
                assertThat(RequiredText.of(spec))
                        .as("required runs of /%s/ in \"%s\"", regex, text)
                        .allSatisfy(run -> assertThat(text.toString()).contains(run));
            }
        }
    }
}
