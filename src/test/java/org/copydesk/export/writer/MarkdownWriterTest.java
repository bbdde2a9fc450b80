package org.copydesk.export.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownWriterTest {

    private static final Parser COMMONMARK = Parser.builder().build();

    private final MarkdownWriter writer = new MarkdownWriter();

    record Block(String type, int level, String text) {}

    @Test
    void commonmark_reads_back_the_title_byline_headings_at_their_level_and_every_paragraph() {
        ExportArticle article = SampleArticles.approved();
        List<Block> blocks = blocks(Exports.text(writer, article));

        assertThat(blocks.get(0)).isEqualTo(new Block("heading", 1, article.title()));
        assertThat(blocks.get(1)).isEqualTo(new Block("byline", 0, article.byline()));
        List<Block> expected = article.cleanCopy(ExportOptions.DEFAULT).stream()
                .map(p -> p.isHeading()
                        ? new Block("heading", p.level(), p.correctedText())
                        : new Block("paragraph", 0, p.correctedText()))
                .toList();
        assertThat(blocks.subList(2, blocks.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void markup_in_the_text_never_becomes_html_links_lists_or_emphasis() {
        Node document = COMMONMARK.parse(Exports.text(writer, SampleArticles.approved()));
        List<String> unwanted = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                if (!html.getLiteral().startsWith("<!-- copydesk-status")) {
                    unwanted.add(html.getLiteral());
                }
            }

            @Override
            public void visit(org.commonmark.node.HtmlInline html) {
                unwanted.add(html.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Link link) {
                unwanted.add("link " + link.getDestination());
            }

            @Override
            public void visit(org.commonmark.node.BulletList list) {
                unwanted.add("bullet list");
            }

            @Override
            public void visit(org.commonmark.node.OrderedList list) {
                unwanted.add("ordered list");
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                unwanted.add("code " + code.getLiteral());
            }
        });
        assertThat(unwanted).isEmpty();
    }

    @Test
    void a_draft_is_marked_in_a_comment_and_in_a_visible_quote() {
        String draft = Exports.text(writer, SampleArticles.draft());
        assertThat(draft).startsWith("<!-- copydesk-status: draft -->");
        Node document = COMMONMARK.parse(draft);
        List<String> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                quotes.add(text(quote));
            }
        });
        assertThat(quotes).containsExactly("DRAFT: not approved for publication");
        assertThat(Exports.text(writer, SampleArticles.approved())).startsWith("<!-- copydesk-status: approved -->");
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_text_escaped_reads_back_as_itself(long seed) {
        String text = SampleArticles.sentence(new Random(seed), 30);
        String markdown = MarkdownWriter.escape(text);
        List<Block> blocks = blocks(markdown);
        assertThat(blocks).containsExactly(new Block("paragraph", 0, text));
    }

    private static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = COMMONMARK.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Heading heading -> blocks.add(new Block("heading", heading.getLevel(), text(heading)));
                case Paragraph paragraph
                when paragraph.getFirstChild() instanceof Emphasis emphasis && emphasis.getNext() == null ->
                    blocks.add(new Block("byline", 0, text(emphasis)));
                case Paragraph paragraph -> blocks.add(new Block("paragraph", 0, text(paragraph)));
                default -> {}
            }
        }
        return blocks;
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append('\n');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append('\n');
            }
        });
        return text.toString();
    }
}
