package org.copydesk.article.reader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.copydesk.article.ArticleFormat;
import org.copydesk.article.ParagraphKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads the plain-text layout of scraped news: the title on the first line, then blocks separated by blank lines,
 * the first of which may be a byline. A block keeps its inner line breaks and every character as written.
 */
public final class PlainTextArticleReader implements ArticleReader {

    @Override
    public ArticleFormat format() {
        return ArticleFormat.PLAIN_TEXT;
    }

    @Override
    public ParsedArticle read(String text) {
        Deque<String> blocks = new ArrayDeque<>(splitAtBlankLines(text));
        if (blocks.isEmpty()) {
            return new ParsedArticle("", null, List.of());
        }
        // Only the first line is the title; a line right under it (often the byline) is read as the next block.
        String first = blocks.removeFirst();
        int endOfTitle = first.indexOf('\n');
        if (endOfTitle >= 0) {
            blocks.addFirst(first.substring(endOfTitle + 1));
        }
        String title = (endOfTitle < 0 ? first : first.substring(0, endOfTitle)).strip();
        @Nullable
        String byline = !blocks.isEmpty() && Bylines.looksLikeByline(blocks.getFirst())
                ? blocks.removeFirst().strip()
                : null;
        return new ParsedArticle(title, byline, classify(List.copyOf(blocks)));
    }

    private static List<ParsedBlock> classify(List<String> blocks) {
        int footer = !blocks.isEmpty() && Footers.isFooter(blocks.getLast()) ? blocks.size() - 1 : -1;
        int lastText = (footer >= 0 ? footer : blocks.size()) - 1;
        List<ParsedBlock> parsed = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            // A heading introduces what follows it, so the last block of text is never one.
            ParagraphKind kind = i == footer
                    ? ParagraphKind.BOILERPLATE
                    : i < lastText && Headings.looksLikeHeading(block) ? ParagraphKind.HEADING : ParagraphKind.BODY;
            parsed.add(new ParsedBlock(kind, block));
        }
        return parsed;
    }

    /** The runs of non-blank lines, each taken verbatim from the text. */
    static List<String> splitAtBlankLines(String text) {
        List<String> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!TextNormaliser.isBlank(text.substring(lineStart, lineEnd))) {
                blockStart = blockStart < 0 ? lineStart : blockStart;
                blockEnd = lineEnd;
            } else if (blockStart >= 0) {
                blocks.add(text.substring(blockStart, blockEnd));
                blockStart = -1;
            }
            lineStart = lineEnd + 1;
        }
        if (blockStart >= 0) {
            blocks.add(text.substring(blockStart, blockEnd));
        }
        return blocks;
    }
}
