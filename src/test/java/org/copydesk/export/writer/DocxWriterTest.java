package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class DocxWriterTest {

    private final DocxWriter writer = new DocxWriter();

    @Test
    void poi_reads_back_each_paragraph_in_its_word_style_with_its_text() throws IOException {
        ExportArticle article = SampleArticles.approved();
        try (var document = read(Exports.bytes(writer, article))) {
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(p -> styleName(document, p) + ":" + p.getText())
                    .toList();
            assertThat(paragraphs.get(0)).isEqualTo("Title:" + article.title());
            assertThat(paragraphs.get(1)).isEqualTo("Subtitle:" + article.byline());
            assertThat(paragraphs.subList(2, paragraphs.size()))
                    .containsExactlyElementsOf(article.cleanCopy(ExportOptions.DEFAULT).stream()
                            .map(p -> (p.isHeading() ? "heading " + p.level() : "Normal") + ":" + p.correctedText())
                            .toList());
        }
    }

    @Test
    void the_styles_are_real_word_styles_with_outline_levels() throws IOException {
        try (var document = read(Exports.bytes(writer, SampleArticles.approved()))) {
            var heading2 = document.getStyles().getStyle("Heading2");
            assertThat(heading2.getName()).isEqualTo("heading 2");
            assertThat(heading2.getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isEqualTo(1);
            assertThat(document.getStyles().getStyle("Normal").getCTStyle().getDefault())
                    .isNotNull();
        }
    }

    @Test
    void document_properties_carry_title_author_and_status() throws IOException {
        ExportArticle article = SampleArticles.approved();
        try (var document = read(Exports.bytes(writer, article))) {
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo(article.title());
            assertThat(core.getCreator()).isEqualTo(article.byline());
            assertThat(core.getUnderlyingProperties().getContentStatusProperty())
                    .contains("Approved");
            assertThat(document.getHeaderList()).isEmpty();
        }
    }

    @Test
    void a_draft_says_so_in_every_page_header_and_in_its_properties() throws IOException {
        try (var document = read(Exports.bytes(writer, SampleArticles.draft()))) {
            assertThat(document.getHeaderList())
                    .extracting(XWPFHeader::getText)
                    .containsExactly("DRAFT: not approved for publication\n");
            var core = document.getProperties().getCoreProperties();
            assertThat(core.getKeywords()).isEqualTo("DRAFT");
            assertThat(core.getUnderlyingProperties().getContentStatusProperty())
                    .contains("Draft");
        }
    }

    @Test
    void markup_in_the_text_stays_text() throws IOException {
        try (var document = read(Exports.bytes(writer, SampleArticles.approved()))) {
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .contains("<script>alert('x')</script> & friends (checked)")
                    .anyMatch(text -> text.startsWith("Data ]]> ends a CDATA section & <b>bold</b>"));
        }
    }

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String styleName(XWPFDocument document, XWPFParagraph paragraph) {
        return paragraph.getStyle() == null
                ? ""
                : document.getStyles().getStyle(paragraph.getStyle()).getName();
    }
}
