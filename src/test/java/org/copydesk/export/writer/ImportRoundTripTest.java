package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.reader.ArticleReaders;
import org.copydesk.article.reader.ParsedArticle;
import org.copydesk.article.reader.ParsedBlock;
import org.copydesk.article.reader.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Copydesk reads its own clean copy back: what one desk exports, another can import unchanged. */
class ImportRoundTripTest {

    private static final ExportOptions WITH_BOILERPLATE = new ExportOptions(true, ExportOptions.PageSize.A4);
    private final ArticleReaders readers = new ArticleReaders();
    private final ArticleWriters writers = new ArticleWriters();

    @ParameterizedTest
    @CsvSource({"HTML, HTML", "DOCX, DOCX"})
    void an_exported_article_imports_with_its_title_byline_headings_levels_and_paragraphs(
            ExportFormat exportFormat, ArticleFormat importFormat) {
        ExportArticle article = SampleArticles.approved();
        ParsedArticle imported = read(Exports.bytes(writers.of(exportFormat), article, WITH_BOILERPLATE), importFormat);

        assertThat(imported.title()).isEqualTo(article.title());
        assertThat(imported.byline()).isEqualTo(article.byline());
        assertThat(imported.blocks()).containsExactlyElementsOf(expected(article));
    }

    @ParameterizedTest
    @CsvSource({"MD, MARKDOWN"})
    void exported_markdown_imports_with_its_title_byline_and_heading_levels(
            ExportFormat exportFormat, ArticleFormat importFormat) {
        ExportArticle article = SampleArticles.approved();
        ParsedArticle imported = read(Exports.bytes(writers.of(exportFormat), article, WITH_BOILERPLATE), importFormat);

        assertThat(imported.title()).isEqualTo(MarkdownWriter.escapeLine(article.title()));
        assertThat(imported.byline()).isEqualTo(article.byline());
        assertThat(imported.blocks())
                .filteredOn(block -> block.kind() == ParagraphKind.HEADING)
                .extracting(ParsedBlock::headingLevel)
                .containsExactly(2, 3, 2);
    }

    private ParsedArticle read(byte[] bytes, ArticleFormat format) {
        ReadResult result = readers.read(bytes, format);
        assertThat(result).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) result).article();
    }

    private static List<ParsedBlock> expected(ExportArticle article) {
        return article.paragraphs().stream()
                .map(p -> switch (p.kind()) {
                    case BODY -> new ParsedBlock(ParagraphKind.BODY, p.correctedText());
                    case HEADING -> ParsedBlock.heading(p.correctedText(), p.level());
                    case BOILERPLATE -> new ParsedBlock(ParagraphKind.BOILERPLATE, p.correctedText());
                })
                .toList();
    }
}
