package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedlineDocxWriterTest {

    private final RedlineDocxWriter writer = new RedlineDocxWriter();

    /** A paragraph read the way Word offers it: with every change accepted, or every change rejected. */
    record Tracked(String accepted, String rejected, List<String> authors, List<String> dates) {}

    @Test
    void accepting_every_tracked_change_gives_the_corrected_text_and_rejecting_them_the_source() throws IOException {
        ExportArticle article = SampleArticles.draft();
        List<Tracked> paragraphs = trackedParagraphs(Exports.bytes(writer, article));

        assertThat(paragraphs).hasSize(article.paragraphs().size());
        for (int i = 0; i < paragraphs.size(); i++) {
            assertThat(paragraphs.get(i).accepted())
                    .isEqualTo(article.paragraphs().get(i).correctedText());
            assertThat(paragraphs.get(i).rejected())
                    .isEqualTo(article.paragraphs().get(i).sourceText());
        }
    }

    @Test
    void each_change_is_a_real_word_insertion_or_deletion_with_author_and_date() throws IOException {
        Tracked first =
                trackedParagraphs(Exports.bytes(writer, SampleArticles.draft())).getFirst();
        // "prises" → "prices" is a deletion and an insertion; "inChina" → "in China" one inserted space.
        assertThat(first.authors()).hasSize(3).containsOnly("editor");
        assertThat(first.dates()).containsOnly("2026-11-20T09:30:00Z");
    }

    @Test
    void poi_opens_the_report_and_finds_the_record_under_each_paragraph() throws IOException {
        try (var document = DocxWriterTest.read(Exports.bytes(writer, SampleArticles.approved()))) {
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .anyMatch(text -> text.startsWith("Paragraph 1, body, approved. Last changed by editor on "
                            + "2026-11-20 09:30 UTC; approved by reviewer on 2026-11-21 14:00 UTC."));
        }
    }

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_pair_of_texts_round_trips_through_tracked_changes(long seed) throws IOException {
        ExportArticle article = SampleArticles.random(seed);
        List<Tracked> paragraphs = trackedParagraphs(Exports.bytes(writer, article));
        assertThat(paragraphs)
                .extracting(Tracked::accepted)
                .containsExactlyElementsOf(article.paragraphs().stream()
                        .map(ExportParagraph::correctedText)
                        .toList());
        assertThat(paragraphs)
                .extracting(Tracked::rejected)
                .containsExactlyElementsOf(article.paragraphs().stream()
                        .map(ExportParagraph::sourceText)
                        .toList());
    }

    /** The article paragraphs of a redline: every other paragraph after the two header paragraphs. */
    static List<Tracked> trackedParagraphs(byte[] docx) throws IOException {
        List<Tracked> tracked = new ArrayList<>();
        try (XWPFDocument document = DocxWriterTest.read(docx)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            for (int i = 2; i < paragraphs.size(); i += 2) {
                tracked.add(read(paragraphs.get(i)));
            }
        }
        return tracked;
    }

    private static Tracked read(XWPFParagraph paragraph) {
        StringBuilder accepted = new StringBuilder();
        StringBuilder rejected = new StringBuilder();
        List<String> authors = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    String name = cursor.getName().getLocalPart();
                    switch (name) {
                        case "r" -> {
                            String text = runText(cursor);
                            accepted.append(text);
                            rejected.append(text);
                        }
                        case "ins", "del" -> {
                            authors.add(cursor.getAttributeText(
                                    new javax.xml.namespace.QName(RedlineDocxWriter.W, "author")));
                            dates.add(cursor.getAttributeText(
                                    new javax.xml.namespace.QName(RedlineDocxWriter.W, "date")));
                            try (XmlCursor inner = cursor.newCursor()) {
                                inner.toFirstChild();
                                String text = runText(inner);
                                (name.equals("ins") ? accepted : rejected).append(text);
                            }
                        }
                        default -> {}
                    }
                } while (cursor.toNextSibling());
            }
        }
        return new Tracked(accepted.toString(), rejected.toString(), authors, dates);
    }

    private static String runText(XmlCursor run) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor child = run.newCursor()) {
            if (child.toFirstChild()) {
                do {
                    switch (child.getName().getLocalPart()) {
                        case "t", "delText" -> text.append(child.getTextValue());
                        case "br" -> text.append('\n');
                        default -> {}
                    }
                } while (child.toNextSibling());
            }
        }
        return text.toString();
    }
}
