package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class TmxWriterTest {

    private final TmxWriter writer = new TmxWriter();

    record Pair(String sourceLang, String source, String targetLang, String target) {}

    @Test
    void the_file_is_valid_tmx_1_4b_with_one_unit_per_edited_paragraph() throws Exception {
        ExportArticle article = SampleArticles.approved();
        Document tmx = XmlValidation.tmx(Exports.bytes(writer, article));

        assertThat(tmx.getDocumentElement().getAttribute("version")).isEqualTo("1.4");
        assertThat(pairs(tmx))
                .containsExactlyElementsOf(article.paragraphs().stream()
                        .filter(ExportParagraph::edited)
                        .map(p -> new Pair("en", p.sourceText(), "en", p.correctedText()))
                        .toList());
        assertThat(pairs(tmx)).hasSizeLessThan(article.paragraphs().size());
    }

    @Test
    void markup_in_the_text_comes_back_as_text() throws Exception {
        Document tmx = XmlValidation.tmx(Exports.bytes(writer, SampleArticles.approved()));
        assertThat(pairs(tmx))
                .extracting(Pair::target)
                .contains(
                        "<script>alert('x')</script> & friends (checked)",
                        "Data ]]> ends a CDATA section & <b>bold</b> is not bold (checked)");
    }

    @Test
    void the_dtd_check_rejects_a_file_that_breaks_it() {
        String broken = new String(Exports.bytes(writer, SampleArticles.approved()), StandardCharsets.UTF_8)
                .replace("segtype=\"paragraph\"", "segtype=\"chapter\"");
        assertThatThrownBy(() -> XmlValidation.tmx(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class);
    }

    static List<Pair> pairs(Document tmx) {
        List<Pair> pairs = new ArrayList<>();
        NodeList units = tmx.getElementsByTagName("tu");
        for (int i = 0; i < units.getLength(); i++) {
            NodeList variants = ((Element) units.item(i)).getElementsByTagName("tuv");
            Element source = (Element) variants.item(0);
            Element target = (Element) variants.item(1);
            pairs.add(new Pair(
                    source.getAttribute("xml:lang"),
                    source.getElementsByTagName("seg").item(0).getTextContent(),
                    target.getAttribute("xml:lang"),
                    target.getElementsByTagName("seg").item(0).getTextContent()));
        }
        return pairs;
    }
}
