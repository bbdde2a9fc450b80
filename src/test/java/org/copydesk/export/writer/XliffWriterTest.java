package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class XliffWriterTest {

    private static final String NS = XliffWriter.NAMESPACE;

    private final XliffWriter writer = new XliffWriter();

    record Unit(String id, String state, String source, String target) {}

    @Test
    void the_file_validates_against_the_oasis_xliff_2_core_schema_with_one_unit_per_paragraph() throws Exception {
        ExportArticle article = SampleArticles.draft();
        Document xliff = XmlValidation.xliff(Exports.bytes(writer, article));

        Element root = xliff.getDocumentElement();
        assertThat(root.getAttribute("version")).isEqualTo("2.1");
        assertThat(root.getAttribute("srcLang")).isEqualTo("en");
        assertThat(units(xliff))
                .containsExactlyElementsOf(article.paragraphs().stream()
                        .map(p -> new Unit(
                                "p" + p.position(), XliffWriter.state(p.status()), p.sourceText(), p.correctedText()))
                        .toList());
    }

    @Test
    void states_follow_the_paragraph_status_and_notes_record_who_changed_and_approved() throws Exception {
        Document approved = XmlValidation.xliff(Exports.bytes(writer, SampleArticles.approved()));
        assertThat(units(approved)).extracting(Unit::state).containsOnly("final");
        Element firstNote = (Element) approved.getElementsByTagNameNS(NS, "unit")
                .item(0)
                .getFirstChild()
                .getNextSibling();
        assertThat(firstNote.getTextContent())
                .contains(
                        "Last changed by editor on 2026-11-20 09:30 UTC; approved by reviewer on 2026-11-21 14:00 UTC.");
        Document draft = XmlValidation.xliff(Exports.bytes(writer, SampleArticles.draft()));
        assertThat(units(draft)).extracting(Unit::state).contains("initial", "translated");
    }

    @Test
    void markup_in_the_text_comes_back_as_text() throws Exception {
        Document xliff = XmlValidation.xliff(Exports.bytes(writer, SampleArticles.approved()));
        assertThat(units(xliff))
                .extracting(Unit::target)
                .contains(
                        "<script>alert('x')</script> & friends (checked)",
                        "Data ]]> ends a CDATA section & <b>bold</b> is not bold (checked)");
        assertThat(new String(Exports.bytes(writer, SampleArticles.approved()), StandardCharsets.UTF_8))
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void the_schema_check_rejects_a_file_that_breaks_it() {
        String broken = new String(Exports.bytes(writer, SampleArticles.approved()), StandardCharsets.UTF_8)
                .replace("state=\"final\"", "state=\"done\"");
        assertThatThrownBy(() -> XmlValidation.xliff(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void comments_are_notes_that_validate_against_the_schema_and_read_back_exactly() throws Exception {
        ExportArticle article = SampleArticles.withComments();

        Map<String, List<ExportComment>> comments = XliffComments.read(Exports.bytes(writer, article));

        Map<String, List<ExportComment>> expected = new LinkedHashMap<>();
        article.paragraphs().forEach(p -> expected.put("p" + p.position(), p.comments()));
        assertThat(comments).containsExactlyEntriesOf(expected);
        assertThat(comments.get("p0")).extracting(ExportComment::text).containsAll(SampleArticles.HOSTILE_COMMENTS);
    }

    @Test
    void markup_in_comments_stays_text_and_resolved_threads_are_marked() throws Exception {
        byte[] bytes = Exports.bytes(writer, SampleArticles.withComments());
        String file = new String(bytes, StandardCharsets.UTF_8);

        assertThat(file).doesNotContain("<script>", "<b>", "]]>", "AT&T");
        Document xliff = XmlValidation.xliff(bytes);
        NodeList notes = xliff.getElementsByTagNameNS(NS, "note");
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < notes.getLength(); i++) {
            Element note = (Element) notes.item(i);
            if (note.getAttribute("id").startsWith("c")) {
                categories.add(note.getAttribute("id") + " " + note.getAttribute("category"));
            }
        }
        assertThat(categories)
                .containsExactly(
                        "c11 copydesk:comment",
                        "c12 copydesk:comment",
                        "c13 copydesk:comment",
                        "c14 copydesk:comment",
                        "c21 copydesk:resolved-comment",
                        "c22 copydesk:resolved-comment");
    }

    @Test
    void a_paragraph_without_comments_has_only_its_record_note() throws Exception {
        Document xliff = XmlValidation.xliff(Exports.bytes(writer, SampleArticles.withComments()));
        Element second = (Element) xliff.getElementsByTagNameNS(NS, "unit").item(1);
        assertThat(second.getElementsByTagNameNS(NS, "note").getLength()).isEqualTo(1);
    }

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_article_validates_and_reads_back(long seed) throws Exception {
        ExportArticle article = SampleArticles.random(seed);
        Document xliff = XmlValidation.xliff(Exports.bytes(writer, article));
        assertThat(units(xliff))
                .extracting(Unit::target)
                .containsExactlyElementsOf(article.paragraphs().stream()
                        .map(ExportParagraph::correctedText)
                        .toList());
    }

    static List<Unit> units(Document xliff) {
        List<Unit> units = new ArrayList<>();
        NodeList nodes = xliff.getElementsByTagNameNS(NS, "unit");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element unit = (Element) nodes.item(i);
            Element segment =
                    (Element) unit.getElementsByTagNameNS(NS, "segment").item(0);
            units.add(new Unit(
                    unit.getAttribute("id"),
                    segment.getAttribute("state"),
                    segment.getElementsByTagNameNS(NS, "source").item(0).getTextContent(),
                    segment.getElementsByTagNameNS(NS, "target").item(0).getTextContent()));
        }
        return units;
    }
}
