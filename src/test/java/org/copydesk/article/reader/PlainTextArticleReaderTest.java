package org.copydesk.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.article.ParagraphKind.BODY;
import static org.copydesk.article.ParagraphKind.BOILERPLATE;
import static org.copydesk.article.ParagraphKind.HEADING;

import java.util.List;
import org.copydesk.article.ParagraphKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextArticleReaderTest {

    private final PlainTextArticleReader reader = new PlainTextArticleReader();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sandra Loyd",
                "By Jane Doe",
                "BY JANE DOE, Reuters",
                "Ludwig van Beethoven and J. Smith",
                "Mary O’Brien-Smith",
                "By ‘Kim’ Min-ji"
            })
    void a_name_or_by_credit_after_the_title_is_the_byline(String byline) {
        ParsedArticle article = reader.read("Title\n\n" + byline + "\n\nThe story starts here.");
        assertThat(article.byline()).isEqualTo(byline);
        assertThat(article.blocks()).containsExactly(new ParsedBlock(BODY, "The story starts here."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Officials said nothing.",
                "By the time we arrived it was over",
                "Sandra",
                "sandra loyd",
                "Defectors Face Arrest at Home After Leaflet Campaign Draws Fire From Officials in Pyongyang"
            })
    void a_sentence_or_a_single_word_after_the_title_is_not_a_byline(String block) {
        ParsedArticle article = reader.read("Title\n\n" + block + "\n\nThe story starts here.");
        assertThat(article.byline()).isNull();
        assertThat(article.blocks().getFirst().text()).isEqualTo(block);
    }

    @Test
    void a_byline_on_the_line_under_the_title_is_found() {
        ParsedArticle article = reader.read("Title\nBy Jane Doe\n\nThe story starts here.");
        assertThat(article.title()).isEqualTo("Title");
        assertThat(article.byline()).isEqualTo("By Jane Doe");
    }

    @Test
    void a_block_keeps_its_single_line_breaks_and_inner_spacing() {
        ParsedArticle article = reader.read("Title\n\nOne line  ,\n  and the next ’ s.\n\nLast.");
        assertThat(article.blocks().getFirst().text()).isEqualTo("One line  ,\n  and the next ’ s.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reproducing brand-new animosities?",
                "‘I’ m simply attempting to feed my family’",
                "Life After the U.S. Sanctions",
                "What Comes Next",
                "2020: A Year of Lockdown",
                "\"No Way Home\""
            })
    void a_short_line_that_is_not_a_sentence_is_a_heading(String heading) {
        assertThat(kindOf(heading)).isEqualTo(HEADING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It was over.",
                "He said: “We are leaving.”",
                "They added,",
                "And then —",
                "Wait. Then Run",
                "Why now? Officials explain",
                "lower-case fragments are not headings",
                "Reported by Jane Doe",
                "Translated by Leejin Jun",
                "One two three four five six seven eight nine ten eleven twelve thirteen",
                "Short but\nover two lines"
            })
    void a_sentence_a_clause_or_a_credit_is_body(String block) {
        assertThat(kindOf(block)).isEqualTo(BODY);
    }

    @Test
    void a_heading_needs_text_after_it() {
        ParsedArticle article =
                reader.read("Title\n\nBy Jane Doe\n\nText.\n\nA Closing Label\n\nThe post X appeared first on Y");
        assertThat(article.blocks()).extracting(ParsedBlock::kind).containsExactly(BODY, BODY, BOILERPLATE);
    }

    @Test
    void the_footer_is_boilerplate_only_as_the_last_block_and_with_or_without_a_full_stop() {
        assertThat(reader.read("T\n\nText.\n\nThe post T appeared first on World Weekly News")
                        .blocks()
                        .getLast()
                        .kind())
                .isEqualTo(BOILERPLATE);
        assertThat(reader.read("T\n\nThe post T appeared first on W.\n\nText.").blocks())
                .extracting(ParsedBlock::kind)
                .containsExactly(BODY, BODY);
    }

    private ParagraphKind kindOf(String block) {
        List<ParsedBlock> blocks = reader.read("Title\n\nBy Jane Doe\n\n" + block + "\n\nText after it.")
                .blocks();
        return blocks.getFirst().kind();
    }
}
