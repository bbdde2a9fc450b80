package org.copydesk.article.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;

/**
 * A top-level Markdown block with its source text cut verbatim from the input, markup included: editors repair
 * the words, and the markup must come back out of an export exactly as it went in.
 */
record MarkdownBlock(Node node, String source) {

    /**
     * Longer than any real paragraph (a line may hold 20,000 characters): inline markup in a block this long is left
     * as literal text. commonmark's inline parsing of emphasis and bracket runs grows faster than the text; one 2 MB
     * paragraph of nested {@code *} or {@code [} runs took seconds and 700 MB of allocation to read.
     */
    static final int MAX_INLINE_PARSED_LENGTH = 20_000;

    // commonmark takes fresh state for every parse, so one parser serves all threads.
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> {
                InlineParser markup = new InlineParserImpl(context);
                return (lines, node) -> {
                    String content = lines.getContent();
                    if (content.length() > MAX_INLINE_PARSED_LENGTH) {
                        node.appendChild(new Text(content));
                    } else {
                        markup.parse(lines, node);
                    }
                };
            })
            .build();
    private static final Pattern ATX_OPENING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern ATX_CLOSING = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");

    /** The top-level blocks of {@code text}, leaving out thematic breaks and empty headings, which hold no words. */
    static List<MarkdownBlock> parse(String text) {
        List<MarkdownBlock> blocks = new ArrayList<>();
        for (Node node = PARSER.parse(text).getFirstChild(); node != null; node = node.getNext()) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (node instanceof ThematicBreak || spans.isEmpty()) {
                continue;
            }
            SourceSpan first = spans.getFirst();
            SourceSpan last = spans.getLast();
            MarkdownBlock block = new MarkdownBlock(
                    node, text.substring(first.getInputIndex(), last.getInputIndex() + last.getLength()));
            if (!(node instanceof Heading) || !block.headingText().isEmpty()) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** A heading's source without its {@code #} markers or Setext underline; inline markup stays. */
    String headingText() {
        List<String> lines = source.lines().toList();
        if (lines.size() == 1) {
            String opened = ATX_OPENING.matcher(lines.getFirst()).replaceFirst("");
            return ATX_CLOSING.matcher(opened).replaceFirst("").strip();
        }
        return String.join(
                "\n",
                lines.subList(0, lines.size() - 1).stream().map(String::strip).toList());
    }

    /** The words of an inline container with the markup taken away, as a byline or a footer is compared. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append('\n');
            }
        });
        return text.toString();
    }
}
