package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean copy as CommonMark: the title as a level-1 heading, the byline emphasised under it, headings at their
 * level, paragraphs as paragraphs. Corrected text is text, so every character Markdown could read as markup is
 * escaped, and a CommonMark parser gives back exactly the corrected text. A draft carries an HTML comment
 * ({@code <!-- copydesk-status: draft -->}, invisible when rendered) and a visible quoted "DRAFT" line.
 */
public final class MarkdownWriter implements ArticleWriter {

    @Override
    public ExportFormat format() {
        return ExportFormat.MD;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        List<String> blocks = new ArrayList<>();
        blocks.add("<!-- copydesk-status: " + (article.draft() ? "draft" : "approved") + " -->");
        blocks.add("# " + escapeLine(article.title().replace('\n', ' ')));
        if (article.byline() != null) {
            blocks.add("*" + escapeLine(article.byline().replace('\n', ' ')) + "*");
        }
        if (article.draft()) {
            blocks.add("> **" + escapeLine(Wording.DRAFT) + "**");
        }
        for (ExportParagraph paragraph : article.cleanCopy(options)) {
            blocks.add(
                    paragraph.isHeading()
                            ? "#".repeat(paragraph.level()) + " "
                                    + escapeLine(paragraph.correctedText().replace('\n', ' '))
                            : escape(paragraph.correctedText()));
        }
        out.write((String.join("\n\n", blocks) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A paragraph's text as Markdown that parses back to that text, line breaks included. An empty line inside a
     * paragraph cannot exist in Markdown (it would end the paragraph), so such a line is left out.
     */
    static String escape(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(escapeLine(line));
            }
        }
        return String.join("\n", lines);
    }

    static String escapeLine(String line) {
        StringBuilder escaped = new StringBuilder(line.length() + 8);
        int contentStart = 0;
        while (contentStart < line.length()
                && (line.charAt(contentStart) == ' ' || line.charAt(contentStart) == '\t')) {
            escaped.append(line.charAt(contentStart) == ' ' ? "&#32;" : "&#9;");
            contentStart++;
        }
        int contentEnd = line.length();
        while (contentEnd > contentStart
                && (line.charAt(contentEnd - 1) == ' ' || line.charAt(contentEnd - 1) == '\t')) {
            contentEnd--;
        }
        boolean lineStart = true;
        for (int i = contentStart; i < contentEnd; i++) {
            char c = line.charAt(i);
            if (isAsciiPunctuation(c) && (alwaysEscaped(c) || lineStart || orderedListMarker(line, contentStart, i))) {
                escaped.append('\\');
            }
            escaped.append(c);
            lineStart = false;
        }
        for (int i = contentEnd; i < line.length(); i++) {
            escaped.append(line.charAt(i) == ' ' ? "&#32;" : "&#9;");
        }
        return Markup.xmlChars(escaped.toString());
    }

    // Characters that open inline markup anywhere in a line: emphasis, code, links, images, HTML, entities.
    private static boolean alwaysEscaped(char c) {
        return "\\`*_[]<>&!#|~".indexOf(c) >= 0;
    }

    // "2024. was" or "1) item" at the start of a line would open an ordered list.
    private static boolean orderedListMarker(String line, int contentStart, int at) {
        char c = line.charAt(at);
        if (c != '.' && c != ')' || at == contentStart) {
            return false;
        }
        for (int i = contentStart; i < at; i++) {
            if (!Character.isDigit(line.charAt(i)) || line.charAt(i) > '9') {
                return false;
            }
        }
        return at - contentStart <= 9;
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }
}
