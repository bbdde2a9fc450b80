package org.copydesk.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.article.ArticleFormat.PLAIN_TEXT;
import static org.copydesk.article.ParagraphKind.BODY;
import static org.copydesk.article.ParagraphKind.BOILERPLATE;
import static org.copydesk.article.ParagraphKind.HEADING;
import static org.copydesk.article.reader.TestArticles.accepted;
import static org.copydesk.article.reader.TestArticles.kindsOf;
import static org.copydesk.article.reader.TestArticles.read;
import static org.copydesk.article.reader.TestArticles.seed;
import static org.copydesk.article.reader.TestArticles.seedText;
import static org.copydesk.article.reader.TestArticles.textsOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real spun article the product was built for, read as the importer reads an upload. */
class SeedArticleTest {

    private final ParsedArticle seed = accepted(seed(), PLAIN_TEXT);

    @Test
    void the_seed_has_its_title_and_byline() {
        assertThat(seed.title())
                .isEqualTo("North Korean Visa Overstayers in China Are Now Branded ‘Defectors’ at Home");
        assertThat(seed.byline()).isEqualTo("Sandra Loyd");
    }

    @Test
    void the_seed_has_two_headings_and_a_boilerplate_footer() {
        assertThat(textsOf(seed, HEADING))
                .containsExactly("Reproducing brand-new animosities?", "‘I’ m simply attempting to feed my family’");
        assertThat(seed.blocks().getLast().kind()).isEqualTo(BOILERPLATE);
        assertThat(seed.blocks().getLast().text())
                .isEqualTo("The post North Korean Visa Overstayers in China Are Now "
                        + "Branded ‘Defectors’ at Home appeared first on World Weekly News.");
    }

    @Test
    void the_seed_has_thirty_four_blocks_after_its_title_and_byline() {
        // 36 non-blank lines in the file, each its own block: title, byline, then 34.
        assertThat(seed.blocks()).hasSize(34);
        assertThat(kindsOf(seed).stream().filter(kind -> kind == BODY)).hasSize(31);
        assertThat(seed.blocks().get(10).kind()).isEqualTo(HEADING);
        assertThat(seed.blocks().get(23).kind()).isEqualTo(HEADING);
    }

    @Test
    void short_sentences_and_the_credit_line_are_body_not_headings() {
        assertThat(textsOf(seed, BODY))
                .contains(
                        "Now, nevertheless, “authorities have ordered the security department to arrest them,” the source added.",
                        "Leaving the nation had actually been a reasonably low-priority criminal activity till extremely just recently.",
                        "Reported by Hyemin Kid for RFA’s Korean Service. Equated by Leejin Jun. Composed in English by Eugene Whong.");
        assertThat(seed.blocks().get(32).text()).startsWith("Reported by Hyemin Kid");
        assertThat(seed.blocks().get(32).kind()).isEqualTo(BODY);
    }

    @Test
    void the_spinners_spacing_survives_byte_for_byte() {
        List<String> body = textsOf(seed, BODY);
        assertThat(body).anySatisfy(text -> assertThat(text).contains("their 60- day family visitation passes"));
        assertThat(body).anySatisfy(text -> assertThat(text).contains("under the radar inChina Countless them"));
        assertThat(body).anySatisfy(text -> assertThat(text).startsWith("” If they specify private tourists"));
        assertThat(body).anySatisfy(text -> assertThat(text).startsWith("” It’s not that we aren’t leaving [China]"));
    }

    @Test
    void every_block_is_a_verbatim_piece_of_the_file() {
        String file = seedText();
        assertThat(seed.blocks()).allSatisfy(block -> assertThat(file).contains(block.text()));
        ReadResult.Read read = (ReadResult.Read) read(seed(), PLAIN_TEXT);
        assertThat(read.normalisedText()).isEqualTo(file);
    }

    @Test
    void crlf_line_endings_read_the_same_as_lf() {
        String crlf = seedText().replace("\n", "\r\n") + "\r\n\r\n";
        assertThat(read(crlf, PLAIN_TEXT)).isEqualTo(read(seed(), PLAIN_TEXT));
    }

    @Test
    void lone_cr_line_endings_read_the_same_as_lf() {
        assertThat(read(seedText().replace('\n', '\r'), PLAIN_TEXT)).isEqualTo(read(seed(), PLAIN_TEXT));
    }

    @Test
    void a_utf8_byte_order_mark_is_dropped() {
        byte[] withBom = ("\uFEFF" + seedText().replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertThat(read(withBom, PLAIN_TEXT)).isEqualTo(read(seed(), PLAIN_TEXT));
    }

    @Test
    void spaces_on_blank_lines_and_blank_lines_around_the_article_do_not_matter() {
        String padded = "\n \n\t\n" + seedText().replace("\n\n", "\n  \t\n") + "\n\n   \n";
        assertThat(read(padded, PLAIN_TEXT)).isEqualTo(read(seed(), PLAIN_TEXT));
    }
}
