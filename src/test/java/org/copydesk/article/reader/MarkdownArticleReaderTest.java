package org.copydesk.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.copydesk.article.ArticleFormat.MARKDOWN;
import static org.copydesk.article.ParagraphKind.BODY;
import static org.copydesk.article.ParagraphKind.BOILERPLATE;
import static org.copydesk.article.ParagraphKind.HEADING;
import static org.copydesk.article.reader.TestArticles.accepted;
import static org.copydesk.article.reader.TestArticles.kindsOf;
import static org.copydesk.article.reader.TestArticles.resource;

import org.junit.jupiter.api.Test;

class MarkdownArticleReaderTest {

    private final ParsedArticle article = accepted(resource("rice-prices.md"), MARKDOWN);

    @Test
    void the_level_one_heading_is_the_title_and_an_emphasised_name_the_byline() {
        assertThat(article.title()).isEqualTo("Rice Prices in Pyongyang Climb as Border Trade Stays Shut");
        assertThat(article.byline()).isEqualTo("Min-ji Park");
    }

    @Test
    void blocks_keep_their_order_and_kind() {
        assertThat(kindsOf(article)).containsExactly(BODY, HEADING, BODY, BODY, BODY, BODY, BODY, BOILERPLATE);
    }

    @Test
    void a_subheading_loses_its_markers_but_keeps_its_spun_spacing() {
        assertThat(article.blocks().get(1).text()).isEqualTo("Traders ‘ can not wait any longer’");
    }

    @Test
    void body_blocks_keep_their_markdown_source_verbatim() {
        assertThat(article.blocks().get(0).text()).isEqualTo("""
                The rate of rice in North Korean markets has actually increased by almost a third given that
                the border with China closed in January, locals informed RFA.""");
        assertThat(article.blocks().get(2).text()).isEqualTo("""
                > “We have actually not seen costs like this given that the 1990s,” a trader in Sinuiju stated.
                > “People are offering their furnishings to purchase corn.”""");
        assertThat(article.blocks().get(4).text()).isEqualTo("""
                - rice, up 30 percent in 60- day
                - corn, up 20 percent
                - cooking oil, not available inPyongyang""");
        assertThat(article.blocks().get(5).text())
                .isEqualTo("Authorities have **not** talked about the scarcities, "
                        + "according to [Daily NK](https://www.dailynk.com).");
    }

    @Test
    void the_credit_line_is_body_and_the_linked_footer_is_boilerplate() {
        assertThat(article.blocks().get(6).text()).startsWith("Reported by Hyemin Kid");
        assertThat(article.blocks().get(7).text())
                .startsWith("The post [Rice Prices")
                .endsWith("(https://example.org).");
    }

    @Test
    void a_by_line_under_a_setext_title_is_the_byline() {
        ParsedArticle setext = accepted("""
                Markets Reopen
                ==============

                By Jane Doe

                Setext Subhead
                --------------

                Traders returned on Monday.
                """, MARKDOWN);
        assertThat(setext.title()).isEqualTo("Markets Reopen");
        assertThat(setext.byline()).isEqualTo("By Jane Doe");
        assertThat(setext.blocks())
                .containsExactly(
                        ParsedBlock.heading("Setext Subhead", 2), new ParsedBlock(BODY, "Traders returned on Monday."));
    }

    @Test
    void a_plain_name_paragraph_is_body_in_markdown_since_a_byline_there_is_marked_up() {
        ParsedArticle plainName = accepted("# Title\n\nJane Doe\n\nText.", MARKDOWN);
        assertThat(plainName.byline()).isNull();
        assertThat(plainName.blocks())
                .containsExactly(new ParsedBlock(BODY, "Jane Doe"), new ParsedBlock(BODY, "Text."));
    }

    @Test
    void without_a_level_one_heading_the_first_line_of_the_first_block_is_the_title() {
        ParsedArticle untitled = accepted("""
                Markets Reopen in Sinuiju
                *By Jane Doe*

                Traders returned on Monday.
                """, MARKDOWN);
        assertThat(untitled.title()).isEqualTo("Markets Reopen in Sinuiju");
        assertThat(untitled.byline()).isEqualTo("By Jane Doe");
        assertThat(untitled.blocks()).containsExactly(new ParsedBlock(BODY, "Traders returned on Monday."));
    }

    @Test
    void a_later_level_one_heading_and_closing_hashes_make_a_plain_heading() {
        ParsedArticle twoTitles = accepted("# First #\n\nText.\n\n# Second ##\n\nMore text.", MARKDOWN);
        assertThat(twoTitles.title()).isEqualTo("First");
        assertThat(twoTitles.blocks().get(1)).isEqualTo(ParsedBlock.heading("Second", 1));
    }

    @Test
    void every_heading_keeps_its_level() {
        ParsedArticle levels =
                accepted("# Title\n\nText.\n\n## Two\n\nA.\n\n### Three\n\nB.\n\n###### Six\n\nC.", MARKDOWN);
        assertThat(levels.blocks())
                .filteredOn(block -> block.kind() == HEADING)
                .extracting(ParsedBlock::text, ParsedBlock::headingLevel)
                .containsExactly(tuple("Two", 2), tuple("Three", 3), tuple("Six", 6));
    }

    @Test
    void html_and_link_definitions_are_kept_as_boilerplate_and_rules_are_dropped() {
        ParsedArticle withMarkup = accepted("""
                # Title

                Text with a [reference][1].

                ---

                <div class="ad">Advertisement</div>

                [1]: https://example.org
                """, MARKDOWN);
        assertThat(withMarkup.blocks())
                .containsExactly(
                        new ParsedBlock(BODY, "Text with a [reference][1]."),
                        new ParsedBlock(BOILERPLATE, "<div class=\"ad\">Advertisement</div>"),
                        new ParsedBlock(BOILERPLATE, "[1]: https://example.org"));
    }
}
