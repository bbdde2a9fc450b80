package org.copydesk.article.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.article.ArticleFormat.DOCX;
import static org.copydesk.article.ParagraphKind.BODY;
import static org.copydesk.article.ParagraphKind.BOILERPLATE;
import static org.copydesk.article.reader.TestArticles.accepted;
import static org.copydesk.article.reader.TestArticles.rejected;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word files made here with POI the way people's Word files look, not by our own export (see the export tests). */
class DocxArticleReaderTest {

    @Test
    void word_heading_styles_give_headings_with_their_level_and_the_title_style_gives_the_title() {
        byte[] docx = word(document -> {
            paragraph(document, "Title", "Markets Reopen in Sinuiju");
            paragraph(document, null, "By Jane Doe");
            paragraph(document, null, "Traders returned on Monday.");
            paragraph(document, "Heading2", "Prices");
            paragraph(document, null, "");
            paragraph(document, null, "Rice cost “more” — again.");
            paragraph(document, "Heading3", "Outlook");
            paragraph(document, "Heading9", "Footnote heading");
            paragraph(document, null, "Last words.");
            paragraph(document, null, "The post Markets appeared first on Radio Free Asia.");
        });
        ParsedArticle article = accepted(docx, DOCX);

        assertThat(article.title()).isEqualTo("Markets Reopen in Sinuiju");
        assertThat(article.byline()).isEqualTo("By Jane Doe");
        assertThat(article.blocks())
                .containsExactly(
                        new ParsedBlock(BODY, "Traders returned on Monday."),
                        ParsedBlock.heading("Prices", 2),
                        new ParsedBlock(BODY, "Rice cost “more” — again."),
                        ParsedBlock.heading("Outlook", 3),
                        ParsedBlock.heading("Footnote heading", 6),
                        new ParsedBlock(BODY, "Last words."),
                        new ParsedBlock(BOILERPLATE, "The post Markets appeared first on Radio Free Asia."));
    }

    @Test
    void without_a_title_paragraph_the_first_level_one_heading_is_the_title() {
        ParsedArticle article = accepted(
                word(document -> {
                    paragraph(document, null, "Kicker above the headline");
                    paragraph(document, "Heading1", "The Headline");
                    paragraph(document, null, "Body text.");
                }),
                DOCX);
        assertThat(article.title()).isEqualTo("The Headline");
        assertThat(article.blocks())
                .containsExactly(
                        new ParsedBlock(BODY, "Kicker above the headline"), new ParsedBlock(BODY, "Body text."));
    }

    @Test
    void without_any_heading_the_title_property_is_the_title() {
        ParsedArticle article = accepted(
                word(document -> {
                    document.getProperties().getCoreProperties().setTitle("Title From Properties");
                    paragraph(document, null, "Only body text here.");
                }),
                DOCX);
        assertThat(article.title()).isEqualTo("Title From Properties");
        assertThat(article.blocks()).containsExactly(new ParsedBlock(BODY, "Only body text here."));
    }

    @Test
    void styles_are_recognised_by_their_word_name_whatever_their_id() {
        ParsedArticle article = accepted(
                word(document -> {
                    CTStyle style = CTStyle.Factory.newInstance();
                    style.setStyleId("berschrift2");
                    style.setType(STStyleType.PARAGRAPH);
                    style.addNewName().setVal("heading 2");
                    document.createStyles().addStyle(new XWPFStyle(style));
                    paragraph(document, null, "A Title Line");
                    paragraph(document, null, "Body.");
                    paragraph(document, "berschrift2", "Localised heading");
                    paragraph(document, null, "More body.");
                }),
                DOCX);
        assertThat(article.title()).isEqualTo("A Title Line");
        assertThat(article.blocks()).contains(ParsedBlock.heading("Localised heading", 2));
    }

    @Test
    void line_breaks_inside_a_paragraph_are_kept() {
        ParsedArticle article = accepted(
                word(document -> {
                    paragraph(document, "Title", "Title");
                    var run = document.createParagraph().createRun();
                    run.setText("first line", 0);
                    run.addBreak();
                    run.setText("second line", 1);
                }),
                DOCX);
        assertThat(article.blocks()).containsExactly(new ParsedBlock(BODY, "first line\nsecond line"));
    }

    @Test
    void a_document_with_a_title_but_no_text_is_refused_for_having_no_paragraphs() {
        var rejected = rejected(word(document -> paragraph(document, "Title", "Just A Title")), DOCX);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.NO_PARAGRAPHS);
    }

    @Test
    void an_old_binary_word_file_is_refused_with_its_reason() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        var rejected = rejected(doc, DOCX);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.UNREADABLE);
        assertThat(rejected.message()).contains(".doc").contains("save it as .docx");
    }

    @Test
    void text_or_a_zip_that_is_no_word_file_is_refused_as_unreadable() {
        assertThat(rejected("Just text".getBytes(), DOCX).problem()).isEqualTo(ImportProblem.UNREADABLE);
        byte[] zip = zip("notes.txt", "hello".getBytes());
        var rejected = rejected(zip, DOCX);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.UNREADABLE);
        assertThat(rejected.message()).startsWith("The Word file cannot be read");
    }

    @Test
    void a_truncated_word_file_is_refused_as_damaged() {
        byte[] docx = word(document -> {
            paragraph(document, "Title", "Title");
            paragraph(document, null, "Body text ".repeat(2000));
        });
        var rejected = rejected(Arrays.copyOf(docx, docx.length / 2), DOCX);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.UNREADABLE);
    }

    @Test
    void a_zip_bomb_is_refused_after_a_bounded_read() {
        var readers = new ArticleReaders(new ImportLimits(1024 * 1024, 20_000));
        byte[] bomb = zip("word/document.xml", new byte[20 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(100_000);
        ReadResult result = readers.read(bomb, DOCX);
        assertThat(result).isInstanceOfSatisfying(ReadResult.Rejected.class, rejected -> {
            assertThat(rejected.problem()).isEqualTo(ImportProblem.EXPANDS_TOO_MUCH);
            assertThat(rejected.message()).contains("expands");
        });
    }

    @Test
    void a_part_that_expands_hundreds_of_times_over_is_refused_even_under_the_size_cap() {
        byte[] bomb = zip("word/document.xml", new byte[3 * 1024 * 1024]);
        var rejected = rejected(bomb, DOCX);
        assertThat(rejected.problem()).isEqualTo(ImportProblem.EXPANDS_TOO_MUCH);
        assertThat(rejected.message()).contains("zip bomb");
    }

    @Test
    void an_oversized_word_file_is_refused_before_it_is_opened() {
        var readers = new ArticleReaders(new ImportLimits(1000, 20_000));
        byte[] docx = word(document -> paragraph(document, "Title", "Title"));
        assertThat(readers.read(docx, DOCX))
                .isInstanceOfSatisfying(
                        ReadResult.Rejected.class, r -> assertThat(r.problem()).isEqualTo(ImportProblem.TOO_LARGE));
        assertThat(rejected(new byte[0], DOCX).problem()).isEqualTo(ImportProblem.EMPTY);
    }

    @Test
    void the_same_word_file_reads_to_the_same_text_so_a_second_import_finds_the_first() {
        byte[] docx = word(document -> {
            paragraph(document, "Title", "Title");
            paragraph(document, null, "Body.");
        });
        assertThat(TestArticles.read(docx, DOCX)).isEqualTo(TestArticles.read(docx.clone(), DOCX));
        assertThat(((ReadResult.Read) TestArticles.read(docx, DOCX)).normalisedText())
                .isEqualTo("Title\n\nBody.");
    }

    interface Content {
        void fill(XWPFDocument document);
    }

    static byte[] word(Content content) {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            content.fill(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void paragraph(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (styleId != null) {
            paragraph.setStyle(styleId);
        }
        if (!text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
    }

    static byte[] zip(String name, byte[] content) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
