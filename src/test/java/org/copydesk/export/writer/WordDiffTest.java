package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.copydesk.export.writer.WordDiff.Change;
import org.copydesk.export.writer.WordDiff.Piece;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WordDiffTest {

    @Test
    void a_changed_word_is_one_deletion_and_one_insertion_between_kept_text() {
        assertThat(WordDiff.between("The rice prises rose.", "The rice prices rose."))
                .containsExactly(
                        new Piece(Change.KEEP, "The rice "),
                        new Piece(Change.DELETE, "prises"),
                        new Piece(Change.INSERT, "prices"),
                        new Piece(Change.KEEP, " rose."));
    }

    @Test
    void words_keep_their_apostrophes_and_punctuation_stands_alone() {
        assertThat(WordDiff.tokens("It’s “done”, 60-day"))
                .containsExactly("It’s", " ", "“", "done", "”", ",", " ", "60", "-", "day");
    }

    @Test
    void identical_texts_are_one_kept_piece() {
        assertThat(WordDiff.between("Same text.", "Same text.")).containsExactly(new Piece(Change.KEEP, "Same text."));
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void kept_and_deleted_pieces_give_the_source_and_kept_and_inserted_ones_the_corrected_text(long seed) {
        Random random = new Random(seed);
        String source = SampleArticles.sentence(random, 30);
        String corrected = SampleArticles.sentence(random, 30);
        List<Piece> pieces = WordDiff.between(source, corrected);
        assertThat(join(pieces, Change.INSERT)).isEqualTo(source);
        assertThat(join(pieces, Change.DELETE)).isEqualTo(corrected);
    }

    private static String join(List<Piece> pieces, Change leftOut) {
        return pieces.stream()
                .filter(p -> p.change() != leftOut)
                .map(Piece::text)
                .collect(Collectors.joining());
    }
}
