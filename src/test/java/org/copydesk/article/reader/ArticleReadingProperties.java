package org.copydesk.article.reader;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.article.ArticleFormat.PLAIN_TEXT;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of reading, each checked on a few hundred generated inputs. Every case is one seed of
 * {@link Random}, so a failing case is reproduced by its seed alone.
 */
class ArticleReadingProperties {

    private static final int CASES = 300;

    private final ArticleReaders readers = new ArticleReaders();

    static LongStream seeds() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void paragraphs_written_as_plain_text_read_back_unchanged_and_in_order(long seed) {
        List<String> paragraphs = TextGenerators.paragraphs(new Random(seed));
        String file = "A Title\n\nBy Jane Doe\n\n" + String.join("\n\n", paragraphs);

        ParsedArticle article = TestArticles.accepted(file, PLAIN_TEXT);

        assertThat(article.title()).isEqualTo("A Title");
        assertThat(article.byline()).isEqualTo("By Jane Doe");
        assertThat(article.blocks()).extracting(ParsedBlock::text).containsExactlyElementsOf(paragraphs);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void windows_line_endings_read_the_same_as_unix_ones(long seed) {
        String file = "A Title\n\n" + String.join("\n\n", TextGenerators.paragraphs(new Random(seed)));
        for (ArticleFormat format : ArticleFormat.values()) {
            assertThat(readers.read(file.replace("\n", "\r\n").getBytes(UTF_8), format))
                    .isEqualTo(readers.read(file.getBytes(UTF_8), format));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reading_arbitrary_bytes_never_throws(long seed) {
        byte[] bytes = TextGenerators.bytes(new Random(seed));
        for (ArticleFormat format : ArticleFormat.values()) {
            assertWellFormed(readers.read(bytes, format), format);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void reading_arbitrary_markup_never_throws_and_keeps_block_text_verbatim(long seed) {
        byte[] bytes = TextGenerators.markupSoup(new Random(seed)).getBytes(UTF_8);
        for (ArticleFormat format : ArticleFormat.values()) {
            assertWellFormed(readers.read(bytes, format), format);
        }
    }

    @ParameterizedTest
    @EnumSource(ArticleFormat.class)
    void reading_a_megabyte_of_markup_never_throws(ArticleFormat format) {
        Random random = new Random(format.ordinal());
        StringBuilder text = new StringBuilder("Title\n\n");
        while (text.length() < 1_000_000) {
            text.append(TextGenerators.markupSoup(random).replace('\u0000', ' ').replace('\u0007', ' '));
        }
        assertWellFormed(readers.read(text.toString().getBytes(UTF_8), format), format);
    }

    private static void assertWellFormed(ReadResult result, ArticleFormat format) {
        switch (result) {
            case ReadResult.Rejected rejected -> assertThat(rejected.message()).isNotBlank();
            case ReadResult.Read read -> {
                ParsedArticle article = read.article();
                assertThat(article.title()).isNotBlank().hasSizeLessThanOrEqualTo(2 * ArticleCheck.MAX_TITLE_LENGTH);
                assertThat(article.blocks()).anyMatch(block -> block.kind() == ParagraphKind.BODY);
                String text = read.normalisedText();
                assertThat(text).doesNotContain("\r").doesNotStartWith("\n").doesNotEndWith("\n");
                if (format == PLAIN_TEXT) {
                    assertBlocksAppearInOrder(article, text);
                }
            }
        }
    }

    private static void assertBlocksAppearInOrder(ParsedArticle article, String text) {
        int from = 0;
        for (ParsedBlock block : article.blocks()) {
            int at = text.indexOf(block.text(), from);
            assertThat(at).as("position of %s", block.text()).isGreaterThanOrEqualTo(0);
            from = at + block.text().length();
        }
    }
}
