package org.copydesk.editing.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style tests with seeded random texts (each seed is one reproducible case): whatever two texts are, the
 * diff gives both back, and a merge keeps every change of a side that the other side did not touch.
 */
class DiffProperties {

    private static final String[] WORDS = {
        "North",
        "Korean",
        "inChina",
        "visa",
        "60-",
        "day",
        "‘I’",
        "m",
        "“defectors”",
        "été",
        "naïve",
        "RFA",
        "2,000",
        ",",
        ".",
        "!",
        "—",
        "(",
        ")",
        "über",
        "日本",
        "ok",
        "\t",
        "\n",
        "  "
    };

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 6_000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_tokens_of_any_text_join_to_that_text(long seed) {
        String text = text(new Random(seed));

        assertThat(String.join("", WordTokens.of(text))).isEqualTo(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void applying_the_diff_of_a_to_b_gives_b(long seed) throws Exception {
        var random = new Random(seed);
        String a = text(random);
        String b = random.nextInt(4) == 0 ? text(random) : edit(a, random);

        var diff = WordDiff.between(a, b);

        assertThat(diff.oldText()).isEqualTo(a);
        assertThat(diff.newText()).isEqualTo(b);
        var patch = DiffUtils.diff(WordTokens.of(a), WordTokens.of(b));
        assertThat(String.join("", patch.applyTo(WordTokens.of(a)))).isEqualTo(b);
        assertThat(diff.hasChanges()).isEqualTo(!a.equals(b));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void merging_with_an_unchanged_side_gives_the_other_side(long seed) {
        var random = new Random(seed);
        String base = text(random);
        String edited = edit(base, random);

        assertThat(ThreeWayMerge.merge(base, edited, base)).isEqualTo(new MergeResult(edited, 0));
        assertThat(ThreeWayMerge.merge(base, base, edited)).isEqualTo(new MergeResult(edited, 0));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void edits_of_two_separate_halves_merge_cleanly_into_both(long seed) {
        var random = new Random(seed);
        String first = text(random);
        String second = text(random);
        String separator = " | untouched middle | ";
        String base = first + separator + second;
        String mine = edit(first, random) + separator + second;
        String theirs = first + separator + edit(second, random);

        var merged = ThreeWayMerge.merge(base, mine, theirs);

        assertThat(merged.isClean()).isTrue();
        assertThat(merged.text())
                .isEqualTo(mine.substring(0, mine.indexOf(separator))
                        + separator
                        + theirs.substring(theirs.indexOf(separator) + separator.length()));
    }

    private static String text(Random random) {
        var text = new StringBuilder();
        int words = random.nextInt(25);
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** A few word-level insertions, deletions and replacements, as an editor makes them. */
    private static String edit(String text, Random random) {
        List<String> tokens = new ArrayList<>(WordTokens.of(text));
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = tokens.isEmpty() ? 0 : random.nextInt(tokens.size());
            switch (tokens.isEmpty() ? 0 : random.nextInt(3)) {
                case 0 -> tokens.add(at, WORDS[random.nextInt(WORDS.length)] + " ");
                case 1 -> tokens.remove(at);
                default -> tokens.set(at, WORDS[random.nextInt(WORDS.length)]);
            }
        }
        return String.join("", tokens);
    }
}
