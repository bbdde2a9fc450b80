package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {

    private final HtmlWriter writer = new HtmlWriter();

    @Test
    void jsoup_reads_back_the_title_byline_headings_at_their_level_and_every_paragraph() {
        ExportArticle article = SampleArticles.approved();
        Document page = Jsoup.parse(Exports.text(writer, article));

        assertThat(page.title()).isEqualTo(article.title());
        assertThat(page.selectFirst("article > header > h1").text()).isEqualTo(article.title());
        assertThat(page.selectFirst(".byline").text()).isEqualTo(article.byline());
        List<String> blocks = page
                .select("article > h1, article > h2, article > h3, article > h4, article > h5, "
                        + "article > h6, article > p")
                .stream()
                .map(element -> element.normalName() + ":" + textWithLineBreaks(element))
                .toList();
        assertThat(blocks)
                .containsExactlyElementsOf(article.cleanCopy(ExportOptions.DEFAULT).stream()
                        .map(p -> (p.isHeading() ? "h" + p.level() : "p") + ":" + p.correctedText())
                        .toList());
    }

    @Test
    void article_text_is_escaped_so_no_script_or_markup_comes_from_it() {
        Document page = Jsoup.parse(Exports.text(writer, SampleArticles.approved()));
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("article b, article em")).isEmpty();
        assertThat(page.select("article p").eachText())
                .contains("<script>alert('x')</script> & friends (checked)")
                .anyMatch(text -> text.startsWith("Data ]]> ends a CDATA section & <b>bold</b>"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Rice & “prices” <rise> in Asia");
    }

    @Test
    void the_page_is_standalone_with_a_print_stylesheet() {
        String html = Exports.text(writer, SampleArticles.approved());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("@media print").doesNotContain("<link", "src=");
    }

    @Test
    void a_draft_says_so_visibly_and_in_its_metadata() {
        Document draft = Jsoup.parse(Exports.text(writer, SampleArticles.draft()));
        assertThat(draft.selectFirst(".draft").text()).isEqualTo("DRAFT: not approved for publication");
        assertThat(draft.selectFirst("meta[name=copydesk-status]").attr("content"))
                .isEqualTo("draft");
        assertThat(draft.selectFirst("meta[name=keywords]").attr("content")).isEqualTo("DRAFT");

        Document approved = Jsoup.parse(Exports.text(writer, SampleArticles.approved()));
        assertThat(approved.select(".draft")).isEmpty();
        assertThat(approved.selectFirst("meta[name=copydesk-status]").attr("content"))
                .isEqualTo("approved");
    }

    static String textWithLineBreaks(Element element) {
        Element copy = element.clone();
        copy.select("br").forEach(br -> br.replaceWith(new org.jsoup.nodes.TextNode("\u2028")));
        return copy.text()
                .replace(" \u2028 ", "\n")
                .replace("\u2028 ", "\n")
                .replace(" \u2028", "\n")
                .replace("\u2028", "\n");
    }
}
