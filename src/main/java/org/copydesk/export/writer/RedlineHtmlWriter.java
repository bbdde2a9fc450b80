package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.copydesk.editing.diff.DiffSegment;
import org.copydesk.editing.diff.WordDiff;

/**
 * The redline report as one HTML page: per paragraph its number, kind and status, the source text, the corrected
 * text with word-level changes marked ({@code <del>} what the source had, {@code <ins>} what the corrected text
 * has), and who last changed and who approved it and when. Any status may be exported; the page says the
 * article's status.
 */
public final class RedlineHtmlWriter implements ArticleWriter {

    private static final String STYLE = """
            body { font-family: Georgia, 'DejaVu Serif', serif; margin: 2em; color: #111; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #ccc; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
            del { color: #a00; background: #fdd; }
            ins { color: #060; background: #dfd; text-decoration: underline; }
            .record { font-size: 0.85em; color: #555; }
            @media print { body { margin: 0; font-size: 10pt; } tr { page-break-inside: avoid; break-inside: avoid; } }
            """;

    @Override
    public ExportFormat format() {
        return ExportFormat.REDLINE_HTML;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Markup.html(article.targetLanguage()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>Redline: ")
                .append(Markup.html(article.title()))
                .append(
                        "</title>\n<meta name=\"generator\" content=\"Copydesk\">\n<meta name=\"copydesk-status\" content=\"")
                .append(article.approved() ? "approved" : "not approved")
                .append("\">\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>Redline: ")
                .append(Markup.html(article.title()))
                .append("</h1>\n<p class=\"summary\">")
                .append(article.approved() ? "Approved article" : "Article not approved yet")
                .append(". Exported by ")
                .append(Markup.html(article.exportedBy()))
                .append(" on ")
                .append(Wording.when(article.exportedAt()))
                .append(".</p>\n</header>\n<table>\n<thead><tr><th>#</th><th>Source text</th>")
                .append("<th>Corrected text, changes marked</th><th>Record</th></tr></thead>\n<tbody>\n");
        for (ExportParagraph paragraph : article.paragraphs()) {
            row(html, paragraph);
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void row(StringBuilder html, ExportParagraph paragraph) {
        html.append("<tr id=\"p")
                .append(paragraph.position() + 1)
                .append("\" class=\"paragraph\"><td>")
                .append(paragraph.position() + 1)
                .append("<br><small>")
                .append(Wording.kind(paragraph))
                .append("</small></td><td class=\"source\">")
                .append(Markup.htmlLines(paragraph.sourceText()))
                .append("</td><td class=\"redline\">");
        for (DiffSegment segment : WordDiff.between(paragraph.sourceText(), paragraph.correctedText())
                .segments()) {
            String text = Markup.htmlLines(segment.text());
            switch (segment.operation()) {
                case EQUAL -> html.append(text);
                case DELETED -> html.append("<del>").append(text).append("</del>");
                case INSERTED -> html.append("<ins>").append(text).append("</ins>");
            }
        }
        html.append("</td><td class=\"record\">")
                .append(Markup.html(Wording.status(paragraph.status())))
                .append(". ")
                .append(Markup.html(Wording.record(paragraph)))
                .append("</td></tr>\n");
    }
}
