package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Clean copy as one standalone HTML page: semantic markup ({@code article}, {@code header}, {@code h1}–{@code h6},
 * {@code p}), every piece of article text escaped, a small screen and print stylesheet inside the page, and the
 * status in {@code <meta>} tags. A draft shows a "DRAFT" note above the text and on every printed page.
 */
public final class HtmlWriter implements ArticleWriter {

    static final String STYLE = """
            body { font-family: Georgia, 'DejaVu Serif', serif; line-height: 1.5; max-width: 40em; margin: 2em auto;
                   padding: 0 1em; color: #111; }
            h1 { font-size: 1.9em; line-height: 1.2; margin-bottom: 0.2em; }
            .byline { font-style: italic; color: #444; margin-top: 0; }
            .draft { border: 2px solid #b00; color: #b00; font-weight: bold; padding: 0.3em 0.6em;
                     letter-spacing: 0.05em; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 11pt; color: #000; }
              h1, h2, h3, h4, h5, h6 { page-break-after: avoid; }
              p { orphans: 3; widows: 3; }
              .draft { position: running(draft); }
            }
            @page { margin: 20mm; @top-center { content: element(draft); } }
            """;

    @Override
    public ExportFormat format() {
        return ExportFormat.HTML;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        out.write(page(article, options, "").getBytes(StandardCharsets.UTF_8));
    }

    /** The whole page; {@code extraStyle} lets the PDF export add its page size and fonts. */
    static String page(ExportArticle article, ExportOptions options, String extraStyle) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Markup.html(article.targetLanguage()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Markup.html(article.title()))
                .append("</title>\n");
        meta(html, "generator", "Copydesk");
        if (article.byline() != null) {
            meta(html, "author", article.byline());
        }
        meta(html, "copydesk-status", article.draft() ? "draft" : "approved");
        meta(html, "copydesk-exported", Wording.when(article.exportedAt()) + " by " + article.exportedBy());
        if (article.draft()) {
            meta(html, "subject", Wording.DRAFT);
            meta(html, "keywords", "DRAFT");
        }
        html.append("<style>\n").append(STYLE).append(extraStyle).append("</style>\n</head>\n<body>\n");
        if (article.draft()) {
            html.append("<div class=\"draft\" role=\"note\">")
                    .append(Markup.html(Wording.DRAFT))
                    .append("</div>\n");
        }
        html.append("<article>\n<header>\n<h1>")
                .append(Markup.html(article.title()))
                .append("</h1>\n");
        if (article.byline() != null) {
            html.append("<p class=\"byline\">")
                    .append(Markup.html(article.byline()))
                    .append("</p>\n");
        }
        html.append("</header>\n");
        for (ExportParagraph paragraph : article.cleanCopy(options)) {
            String tag = paragraph.isHeading() ? "h" + paragraph.level() : "p";
            html.append('<').append(tag);
            if (paragraph.kind() == ExportParagraph.Kind.BOILERPLATE) {
                html.append(" class=\"boilerplate\"");
            }
            html.append('>')
                    .append(Markup.htmlLines(paragraph.correctedText()))
                    .append("</")
                    .append(tag)
                    .append(">\n");
        }
        html.append("</article>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void meta(StringBuilder html, String name, String content) {
        html.append("<meta name=\"")
                .append(name)
                .append("\" content=\"")
                .append(Markup.html(content))
                .append("\">\n");
    }
}
