package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Clean copy as a Word document: the title in Word's Title style, the byline in Subtitle, headings in "heading 1"
 * to "heading 6" at their level, paragraphs in Normal; one Word paragraph per article paragraph, never one blob.
 * Document properties carry title, author (the byline), status ("Draft" or "Approved") and, for a draft, the
 * keyword DRAFT; a draft also says so in the page header of every page.
 */
public final class DocxWriter implements ArticleWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.DOCX;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        try (XWPFDocument document = DocxDocuments.create(article, article.title(), article.draft())) {
            DocxDocuments.text(DocxDocuments.paragraph(document, DocxDocuments.TITLE), article.title());
            if (article.byline() != null) {
                DocxDocuments.text(DocxDocuments.paragraph(document, DocxDocuments.SUBTITLE), article.byline());
            }
            for (ExportParagraph paragraph : article.cleanCopy(options)) {
                String style =
                        paragraph.isHeading() ? DocxDocuments.headingStyle(paragraph.level()) : DocxDocuments.NORMAL;
                DocxDocuments.text(DocxDocuments.paragraph(document, style), paragraph.correctedText());
            }
            document.write(new NonClosingOutputStream(out));
        }
    }
}
