package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RedlineHtmlWriterTest {

    private final RedlineHtmlWriter writer = new RedlineHtmlWriter();

    @Test
    void each_paragraph_shows_its_source_and_its_changes_marked_word_by_word() {
        ExportArticle article = SampleArticles.draft();
        Document page = Jsoup.parse(Exports.text(writer, article));
        List<Element> rows = page.select("tr.paragraph");

        assertThat(rows).hasSize(article.paragraphs().size());
        for (int i = 0; i < rows.size(); i++) {
            ExportParagraph paragraph = article.paragraphs().get(i);
            Element redline = rows.get(i).selectFirst("td.redline");
            assertThat(HtmlWriterTest.textWithLineBreaks(rows.get(i).selectFirst("td.source")))
                    .isEqualTo(paragraph.sourceText());
            assertThat(without(redline, "del")).as("accepting every change").isEqualTo(paragraph.correctedText());
            assertThat(without(redline, "ins")).as("rejecting every change").isEqualTo(paragraph.sourceText());
        }
    }

    @Test
    void a_changed_word_is_deleted_and_inserted_and_the_rest_is_kept() {
        Document page = Jsoup.parse(Exports.text(writer, SampleArticles.draft()));
        Element first = page.selectFirst("tr.paragraph td.redline");
        assertThat(first.select("del").eachText()).containsExactly("prises");
        // "inChina" → "in China" is one inserted space, as the workspace shows it.
        assertThat(first.select("ins")).extracting(Element::wholeText).containsExactly("prices", " ");
    }

    @Test
    void the_record_says_who_changed_and_who_approved_and_when() {
        Document page = Jsoup.parse(Exports.text(writer, SampleArticles.approved()));
        assertThat(page.selectFirst("tr.paragraph td.record").text())
                .isEqualTo("approved. Last changed by editor on 2026-11-20 09:30 UTC; approved by reviewer on "
                        + "2026-11-21 14:00 UTC.");
    }

    @Test
    void markup_in_the_text_stays_text() {
        Document page = Jsoup.parse(Exports.text(writer, SampleArticles.approved()));
        assertThat(page.select("script, b, em")).isEmpty();
        assertThat(page.select("td.source").eachText()).contains("<script>alert('x')</script> & friends");
    }

    private static String without(Element cell, String tag) {
        Element copy = cell.clone();
        copy.select(tag).remove();
        return HtmlWriterTest.textWithLineBreaks(copy);
    }
}
