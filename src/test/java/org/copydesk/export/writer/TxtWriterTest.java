package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TxtWriterTest {

    private final TxtWriter writer = new TxtWriter();

    @Test
    void clean_copy_is_the_title_the_byline_and_the_corrected_paragraphs_without_boilerplate() {
        ExportArticle article = SampleArticles.approved();
        List<String> blocks =
                Arrays.asList(Exports.text(writer, article).strip().split("\n\n"));

        assertThat(blocks.getFirst()).isEqualTo(article.title() + "\n" + article.byline());
        assertThat(blocks.subList(1, blocks.size()))
                .containsExactlyElementsOf(article.cleanCopy(ExportOptions.DEFAULT).stream()
                        .map(ExportParagraph::correctedText)
                        .toList());
        assertThat(blocks).noneMatch(block -> block.contains("appeared first on"));
    }

    @Test
    void boilerplate_is_included_when_asked_for() {
        String text =
                Exports.text(writer, SampleArticles.approved(), new ExportOptions(true, ExportOptions.PageSize.A4));
        assertThat(text).contains("The post Rice appeared first on Radio Free Asia.");
    }

    @Test
    void markup_characters_are_written_as_they_are_since_plain_text_has_no_markup() {
        String text = Exports.text(writer, SampleArticles.approved());
        assertThat(text).contains("<script>alert('x')</script> & friends (checked)", "Data ]]> ends", "AT&T &amp;");
    }

    @Test
    void a_draft_says_so_on_its_first_line_and_approved_copy_does_not() {
        assertThat(Exports.text(writer, SampleArticles.draft())).startsWith("DRAFT: not approved for publication\n\n");
        assertThat(Exports.text(writer, SampleArticles.approved())).doesNotContain("DRAFT");
    }
}
