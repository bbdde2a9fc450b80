package org.copydesk.editing.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.reader.ArticleReaders;
import org.copydesk.article.reader.ImportProblem;
import org.copydesk.article.reader.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Import and save follow one set of character rules: whatever an import accepts in a paragraph, a save of that same
 * text accepts too, and the other way round; and invisible text never makes a title or a paragraph.
 */
class CharacterRulesTest {

    private final ArticleReaders readers = new ArticleReaders();

    /** C0, Latin-1 (with C1), Latin Extended, general punctuation (spaces, zero-width and format characters), more. */
    static IntStream characters() {
        return Stream.of(
                        IntStream.range(0, 0x250),
                        IntStream.range(0x2000, 0x2070),
                        IntStream.of(0x180E, 0x3000, 0xFEFF, 0xFFF9, 0xFFFB, 0xFFFC, 0xFFFD))
                .flatMapToInt(range -> range);
    }

    @ParameterizedTest
    @MethodSource("characters")
    void a_character_is_accepted_by_import_exactly_when_a_save_accepts_it(int c) {
        String paragraph = "Before " + (char) c + " after.";
        String file = "A title\n\nJane Reporter\n\n" + paragraph + "\n";

        ReadResult read = readers.read(file.getBytes(StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT);
        boolean imported = read instanceof ReadResult.Read;
        String normalised = paragraph.replace("\r\n", "\n").replace('\r', '\n');
        boolean saved = TextRules.problemWith(normalised).isEmpty();

        assertThat(imported).as("import of U+%04X vs save", c).isEqualTo(saved);
        if (imported) {
            var block = ((ReadResult.Read) read).article().blocks().getLast().text();
            assertThat(TextRules.problemWith(block))
                    .as("the imported paragraph saves back unchanged")
                    .isEmpty();
        }
    }

    @Test
    void a_form_feed_or_a_c1_control_is_refused_at_import_with_its_name_and_line() {
        for (String control : new String[] {"\f", "\u0085", "\u009b"}) {
            var read = readers.read(
                    ("Title\n\nByline here\n\nText" + control + "more.\n").getBytes(StandardCharsets.UTF_8),
                    ArticleFormat.PLAIN_TEXT);
            assertThat(read).isInstanceOf(ReadResult.Rejected.class);
            var rejected = (ReadResult.Rejected) read;
            assertThat(rejected.problem()).isIn(ImportProblem.CONTROL_CHARACTER, ImportProblem.BINARY);
            assertThat(rejected.message()).contains("Line 5").contains("U+00");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200b\u200c\u200d", "\ufeff\u2060", "\u00ad", " \u200b\t"})
    void a_title_made_only_of_invisible_characters_counts_as_blank(String invisible) {
        var onlyInvisible = readers.read(
                (invisible + "\n\n" + invisible + "\n").getBytes(StandardCharsets.UTF_8), ArticleFormat.PLAIN_TEXT);
        assertThat(onlyInvisible).isInstanceOf(ReadResult.Rejected.class);

        var invisibleTitleLine = readers.read(
                (invisible + "\nReal title\n\nBody paragraph here.\n").getBytes(StandardCharsets.UTF_8),
                ArticleFormat.PLAIN_TEXT);
        assertThat(invisibleTitleLine).isInstanceOf(ReadResult.Read.class);
        assertThat(((ReadResult.Read) invisibleTitleLine).article().title()).isEqualTo("Real title");

        var markdown = readers.read(
                ("# " + invisible + "\n\nBody paragraph here.\n").getBytes(StandardCharsets.UTF_8),
                ArticleFormat.MARKDOWN);
        assertThat(markdown).isInstanceOf(ReadResult.Rejected.class);
    }
}
