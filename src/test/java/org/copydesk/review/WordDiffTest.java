package org.copydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordDiffTest {

    @Test
    void a_changed_word_shows_as_one_deletion_and_one_insertion() {
        var diff = WordDiff.between("The government informed RFA.", "The government told RFA.");

        assertThat(diff)
                .containsExactly(
                        new WordDiff.Segment(WordDiff.Operation.EQUAL, "The government "),
                        new WordDiff.Segment(WordDiff.Operation.DELETED, "informed"),
                        new WordDiff.Segment(WordDiff.Operation.INSERTED, "told"),
                        new WordDiff.Segment(WordDiff.Operation.EQUAL, " RFA."));
    }

    @Test
    void equal_texts_give_one_equal_segment() {
        assertThat(WordDiff.between("Same text.", "Same text."))
                .containsExactly(new WordDiff.Segment(WordDiff.Operation.EQUAL, "Same text."));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void the_segments_give_back_both_texts(long seed) {
        var random = new Random(seed);
        String old = words(random, 30);
        String changed = words(random, 30);

        List<WordDiff.Segment> diff = WordDiff.between(old, changed);

        assertThat(text(diff, WordDiff.Operation.INSERTED)).isEqualTo(old);
        assertThat(text(diff, WordDiff.Operation.DELETED)).isEqualTo(changed);
    }

    private static String text(List<WordDiff.Segment> diff, WordDiff.Operation left) {
        return diff.stream()
                .filter(s -> s.operation() != left)
                .map(WordDiff.Segment::text)
                .collect(Collectors.joining());
    }

    private static String words(Random random, int count) {
        String[] vocabulary = {
            "the", "federal", "has", "actually", "told", "RFA", ",", "“", "60-", "day", " ", "inChina"
        };
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
            text.append(random.nextInt(4) == 0 ? "  " : " ");
        }
        return text.toString();
    }
}
