package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * A TMX 1.4b translation memory for CAT tools: one translation unit per edited paragraph (corrected text differs
 * from the source), the source text in the source language and the corrected text in the target language,
 * paragraph-segmented, with who changed it and when. Untouched paragraphs teach a memory nothing, so they are left
 * out. The file has no DOCTYPE (readers then need not fetch {@code tmx14.dtd}) but follows that DTD.
 */
public final class TmxWriter implements ArticleWriter {

    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Override
    public ExportFormat format() {
        return ExportFormat.TMX;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        try (var xml = new XmlOutput(out)) {
            xml.start("tmx").attribute("version", "1.4");
            xml.start("header")
                    .attribute("creationtool", "Copydesk")
                    .attribute("creationtoolversion", "1")
                    .attribute("segtype", "paragraph")
                    .attribute("o-tmf", "Copydesk")
                    .attribute("adminlang", "en")
                    .attribute("srclang", article.sourceLanguage())
                    .attribute("datatype", "plaintext")
                    .attribute("creationdate", date(article.exportedAt()))
                    .attribute("creationid", article.exportedBy());
            xml.textElement("prop", article.title(), "type", "x-copydesk-article-title");
            xml.end();
            xml.start("body");
            for (ExportParagraph paragraph : article.paragraphs()) {
                if (paragraph.edited()) {
                    unit(xml, article, paragraph);
                }
            }
            xml.end().end();
        } catch (XMLStreamException e) {
            throw new IOException("TMX could not be written", e);
        }
    }

    private static void unit(XmlOutput xml, ExportArticle article, ExportParagraph paragraph)
            throws XMLStreamException {
        xml.start("tu")
                .attribute("tuid", article.id() + "-" + paragraph.position())
                .attribute("changedate", date(paragraph.lastChangedAt()))
                .attribute("changeid", paragraph.lastChangedBy());
        xml.textElement("prop", Wording.kind(paragraph), "type", "x-copydesk-kind");
        xml.textElement("prop", Wording.status(paragraph.status()), "type", "x-copydesk-status");
        xml.start("tuv").xmlAttribute("lang", article.sourceLanguage());
        xml.textElement("seg", paragraph.sourceText());
        xml.end();
        xml.start("tuv").xmlAttribute("lang", article.targetLanguage());
        xml.textElement("seg", paragraph.correctedText());
        xml.end();
        xml.end();
    }

    private static String date(Instant instant) {
        return TMX_DATE.format(instant);
    }
}
