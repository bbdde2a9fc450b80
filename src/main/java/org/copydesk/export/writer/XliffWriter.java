package org.copydesk.export.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Bilingual XLIFF 2.1 (core only, valid against the OASIS XLIFF 2 core schema): one {@code unit} per paragraph in
 * order, its source text as {@code source} and its corrected text as {@code target}; the segment's state follows
 * the paragraph status (untouched: initial, edited or sent back: translated, submitted: reviewed, approved:
 * final) with the exact status as Copydesk {@code subState}. Headings and boilerplate are marked by {@code type};
 * boilerplate is {@code translate="no"}. Notes carry who last changed and who approved the paragraph, and then its
 * comments in thread order: the comment text exactly as the note's text, category {@code copydesk:comment} (or
 * {@code copydesk:resolved-comment} once its thread is resolved), and author, times, the thread it answers and who
 * resolved it as attributes in the Copydesk namespace, which the core schema allows on a note.
 */
public final class XliffWriter implements ArticleWriter {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    static final String COPYDESK_NAMESPACE = "urn:copydesk:xliff";

    @Override
    public ExportFormat format() {
        return ExportFormat.XLIFF;
    }

    @Override
    public void write(ExportArticle article, ExportOptions options, OutputStream out) throws IOException {
        try (var xml = new XmlOutput(out)) {
            xml.start("xliff")
                    .namespace(NAMESPACE)
                    .namespace("cd", COPYDESK_NAMESPACE)
                    .attribute("version", "2.1")
                    .attribute("srcLang", article.sourceLanguage())
                    .attribute("trgLang", article.targetLanguage());
            xml.start("file").attribute("id", "article-" + article.id()).attribute("original", article.title());
            xml.start("notes");
            note(xml, "title", article.title());
            if (article.byline() != null) {
                note(xml, "byline", article.byline());
            }
            note(xml, "exported", Wording.when(article.exportedAt()) + " by " + article.exportedBy());
            xml.end();
            for (ExportParagraph paragraph : article.paragraphs()) {
                unit(xml, paragraph);
            }
            xml.end().end();
        } catch (XMLStreamException e) {
            throw new IOException("XLIFF could not be written", e);
        }
    }

    private static void unit(XmlOutput xml, ExportParagraph paragraph) throws XMLStreamException {
        xml.start("unit")
                .attribute("id", "p" + paragraph.position())
                .attribute("name", "paragraph " + (paragraph.position() + 1))
                .attribute("type", "copydesk:" + Wording.kind(paragraph).replace(' ', '-'))
                .xmlAttribute("space", "preserve");
        if (paragraph.kind() == ExportParagraph.Kind.BOILERPLATE) {
            xml.attribute("translate", "no");
        }
        xml.start("notes");
        note(xml, "record", Wording.record(paragraph));
        for (ExportComment comment : paragraph.comments()) {
            comment(xml, comment);
        }
        xml.end();
        xml.start("segment")
                .attribute("id", "s" + paragraph.position())
                .attribute("state", state(paragraph.status()))
                .attribute("subState", "copydesk:" + paragraph.status().name().toLowerCase(Locale.ROOT));
        xml.textElement("source", paragraph.sourceText());
        xml.textElement("target", paragraph.correctedText());
        xml.end().end();
    }

    static String state(ExportParagraph.Status status) {
        return switch (status) {
            case UNTOUCHED -> "initial";
            case EDITED, CHANGES_REQUESTED -> "translated";
            case SUBMITTED -> "reviewed";
            case APPROVED -> "final";
        };
    }

    private static void comment(XmlOutput xml, ExportComment comment) throws XMLStreamException {
        List<String> attributes = new ArrayList<>(List.of(
                "id",
                "c" + comment.id(),
                "category",
                comment.resolved() ? "copydesk:resolved-comment" : "copydesk:comment",
                "cd:author",
                comment.author(),
                "cd:created",
                comment.createdAt().toString()));
        if (comment.editedAt() != null) {
            attributes.addAll(List.of("cd:edited", comment.editedAt().toString()));
        }
        if (comment.replyTo() != null) {
            attributes.addAll(List.of("cd:replyTo", "c" + comment.replyTo()));
        }
        if (comment.resolvedBy() != null && comment.resolvedAt() != null) {
            attributes.addAll(List.of(
                    "cd:resolvedBy",
                    comment.resolvedBy(),
                    "cd:resolved",
                    comment.resolvedAt().toString()));
        }
        xml.textElement("note", comment.text(), attributes.toArray(String[]::new));
    }

    private static void note(XmlOutput xml, String category, String text) throws XMLStreamException {
        xml.textElement("note", text, "category", "copydesk:" + category);
    }
}
