package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfWriterTest {

    private final PdfWriter writer = new PdfWriter();

    @Test
    void pdfbox_extracts_the_title_and_every_paragraph_as_searchable_text_in_order() throws IOException {
        ExportArticle article = SampleArticles.approved();
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(writer, article))) {
            String text = squeeze(new PDFTextStripper().getText(pdf));
            List<String> expected = new ArrayList<>();
            expected.add(article.title());
            expected.add(article.byline());
            article.cleanCopy(ExportOptions.DEFAULT).forEach(p -> expected.add(p.correctedText()));
            int from = 0;
            for (String piece : expected) {
                int at = text.indexOf(squeeze(piece), from);
                assertThat(at)
                        .as("%s in the PDF text after position %d", piece, from)
                        .isGreaterThanOrEqualTo(0);
                from = at + squeeze(piece).length();
            }
            assertThat(text).doesNotContain("appeared first on");
        }
    }

    @Test
    void every_font_is_embedded_and_the_document_information_names_the_article() throws IOException {
        ExportArticle article = SampleArticles.approved();
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(writer, article))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSerif"));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(article.title());
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(article.byline());
        }
    }

    @ParameterizedTest
    @EnumSource(ExportOptions.PageSize.class)
    void the_pages_have_the_chosen_paper_size(ExportOptions.PageSize size) throws IOException {
        byte[] bytes = Exports.bytes(writer, SampleArticles.approved(), new ExportOptions(false, size));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            var box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth())
                    .isCloseTo(size.widthMm() / 25.4f * 72, org.assertj.core.data.Offset.offset(1.5f));
            assertThat(box.getHeight())
                    .isCloseTo(size.heightMm() / 25.4f * 72, org.assertj.core.data.Offset.offset(1.5f));
        }
    }

    @Test
    void a_draft_says_so_on_the_page_and_in_its_keywords() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(writer, SampleArticles.draft()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("DRAFT: not approved for publication");
            assertThat(pdf.getDocumentInformation().getKeywords()).isEqualTo("DRAFT");
        }
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(writer, SampleArticles.approved()))) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("DRAFT");
        }
    }

    @Test
    void markup_in_the_text_is_printed_as_text() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(writer, SampleArticles.approved()))) {
            String text = squeeze(new PDFTextStripper().getText(pdf));
            assertThat(text)
                    .contains("<script>alert('x')</script> & friends", "Data ]]> ends a CDATA section & <b>bold</b>");
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
