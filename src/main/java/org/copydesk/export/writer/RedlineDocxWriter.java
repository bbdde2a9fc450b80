package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.copydesk.editing.diff.DiffSegment;
import org.copydesk.editing.diff.WordDiff;

/**
 * The redline report as a Word document with real tracked changes: each paragraph's source text with the edits
 * that made the corrected text as {@code w:del} and {@code w:ins} revisions, attributed to whoever last changed
 * the paragraph, at that time, so Word and LibreOffice show them as changes to accept or reject (accepting all
 * gives the corrected text, rejecting all the source). A small line under each paragraph records its status,
 * who last changed it and who approved it and when.
 */
public final class RedlineDocxWriter implements ArticleWriter {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Override
    public ExportFormat format() {
        return ExportFormat.REDLINE_DOCX;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        try (XWPFDocument document = DocxDocuments.create(article, "Redline: " + article.title(), false)) {
            DocxDocuments.text(DocxDocuments.paragraph(document, DocxDocuments.TITLE), article.title());
            DocxDocuments.text(
                    DocxDocuments.paragraph(document, DocxDocuments.SUBTITLE),
                    (article.approved() ? "Approved article" : "Article not approved yet") + ". Redline exported by "
                            + article.exportedBy() + " on " + Wording.when(article.exportedAt()) + ".");
            int revision = 1;
            for (ExportParagraph paragraph : article.paragraphs()) {
                String style =
                        paragraph.isHeading() ? DocxDocuments.headingStyle(paragraph.level()) : DocxDocuments.NORMAL;
                revision = redline(DocxDocuments.paragraph(document, style), paragraph, revision);
                XWPFRun record = DocxDocuments.paragraph(document, DocxDocuments.SUBTITLE)
                        .createRun();
                record.setFontSize(8);
                record.setText("Paragraph " + (paragraph.position() + 1) + ", " + Wording.kind(paragraph) + ", "
                        + Wording.status(paragraph.status()) + ". " + Wording.record(paragraph));
            }
            document.write(new NonClosingOutputStream(out));
        }
    }

    /** Appends the paragraph's diff in document order; returns the next free revision id. */
    private static int redline(XWPFParagraph paragraph, ExportParagraph source, int revision) {
        String date =
                DateTimeFormatter.ISO_INSTANT.format(source.lastChangedAt().truncatedTo(ChronoUnit.SECONDS));
        try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
            cursor.toEndToken();
            for (DiffSegment segment : WordDiff.between(source.sourceText(), source.correctedText())
                    .segments()) {
                String text = Markup.xmlChars(segment.text());
                switch (segment.operation()) {
                    case EQUAL -> run(cursor, text, "t");
                    case DELETED, INSERTED -> {
                        boolean deleted = segment.operation() == DiffSegment.Operation.DELETED;
                        cursor.beginElement(new QName(W, deleted ? "del" : "ins"));
                        cursor.insertAttributeWithValue(new QName(W, "id"), String.valueOf(revision++));
                        cursor.insertAttributeWithValue(new QName(W, "author"), source.lastChangedBy());
                        cursor.insertAttributeWithValue(new QName(W, "date"), date);
                        run(cursor, text, deleted ? "delText" : "t");
                        cursor.toNextToken();
                    }
                }
            }
        }
        return revision;
    }

    /** One {@code w:r} holding the text, with {@code w:br} for each line break. */
    private static void run(XmlCursor cursor, String text, String textElement) {
        cursor.beginElement(new QName(W, "r"));
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                cursor.beginElement(new QName(W, "br"));
                cursor.toNextToken();
            }
            if (!lines[i].isEmpty()) {
                cursor.beginElement(new QName(W, textElement));
                cursor.insertAttributeWithValue(new QName(XMLConstants.XML_NS_URI, "space", "xml"), "preserve");
                cursor.insertChars(lines[i]);
                cursor.toNextToken();
            }
        }
        cursor.toNextToken();
    }
}
