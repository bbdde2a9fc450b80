package org.copydesk.article.reader;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads Markdown with commonmark: the first level-1 heading is the title (failing that, the first line of the
 * first heading or paragraph), a "By …" or wholly emphasised name right after it is the byline, other headings are
 * headings, and paragraphs, quotes, lists and code are body text kept with their markup. HTML blocks and link
 * reference definitions are kept as boilerplate: they carry no prose to repair, but an export needs them back.
 */
public final class MarkdownArticleReader implements ArticleReader {

    @Override
    public ArticleFormat format() {
        return ArticleFormat.MARKDOWN;
    }

    @Override
    public ParsedArticle read(String text) {
        List<MarkdownBlock> blocks = MarkdownBlock.parse(text);
        int titleAt = indexOfTitle(blocks);
        if (titleAt < 0) {
            return new ParsedArticle("", null, classify(blocks));
        }
        MarkdownBlock titleBlock = blocks.get(titleAt);
        List<MarkdownBlock> rest = new ArrayList<>();
        String title;
        if (titleBlock.node() instanceof Heading) {
            title = titleBlock.headingText().replace('\n', ' ');
        } else {
            String source = titleBlock.source();
            int endOfTitle = source.indexOf('\n');
            title = (endOfTitle < 0 ? source : source.substring(0, endOfTitle)).strip();
            if (endOfTitle >= 0) {
                rest.addAll(MarkdownBlock.parse(source.substring(endOfTitle + 1)));
            }
        }
        rest.addAll(blocks.subList(titleAt + 1, blocks.size()));
        @Nullable String byline = rest.isEmpty() ? null : bylineOf(rest.getFirst());
        if (byline != null) {
            rest.removeFirst();
        }
        List<MarkdownBlock> ordered = new ArrayList<>(blocks.subList(0, titleAt));
        ordered.addAll(rest);
        return new ParsedArticle(title, byline, classify(ordered));
    }

    private static int indexOfTitle(List<MarkdownBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).node() instanceof Heading heading && heading.getLevel() == 1) {
                return i;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).node() instanceof Heading || blocks.get(i).node() instanceof Paragraph) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable String bylineOf(MarkdownBlock block) {
        if (!(block.node() instanceof Paragraph paragraph) || block.source().indexOf('\n') >= 0) {
            return null;
        }
        Node only = paragraph.getFirstChild();
        if (only != null && only.getNext() == null && (only instanceof Emphasis || only instanceof StrongEmphasis)) {
            String emphasised = MarkdownBlock.plainText(only).strip();
            return Bylines.looksLikeByline(emphasised) ? emphasised : null;
        }
        String plain = MarkdownBlock.plainText(paragraph).strip();
        return Bylines.isByCredit(plain) ? plain : null;
    }

    private static List<ParsedBlock> classify(List<MarkdownBlock> blocks) {
        List<ParsedBlock> parsed = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            MarkdownBlock block = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            parsed.add(
                    switch (block.node()) {
                        case Heading heading -> ParsedBlock.heading(block.headingText(), heading.getLevel());
                        case Paragraph paragraph
                        when last && Footers.isFooter(MarkdownBlock.plainText(paragraph)) ->
                            new ParsedBlock(ParagraphKind.BOILERPLATE, block.source());
                        case HtmlBlock html -> new ParsedBlock(ParagraphKind.BOILERPLATE, block.source());
                        case LinkReferenceDefinition definition ->
                            new ParsedBlock(ParagraphKind.BOILERPLATE, block.source());
                        default -> new ParsedBlock(ParagraphKind.BODY, block.source());
                    });
        }
        return parsed;
    }
}
