package org.copydesk.article.reader;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.article.ParagraphKind;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the readers of formats whose text is taken out of markup (Word, HTML). */
final class DocumentText {

    private DocumentText() {}

    /** Line endings unified; control characters other than tab and newline (which no editor accepts) dropped. */
    static String clean(String text) {
        String unified = TextNormaliser.unifyLineEndings(text);
        StringBuilder cleaned = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                cleaned.append(c);
            }
        }
        return cleaned.toString().strip();
    }

    /**
     * The text an imported document stands for, for its content hash: title, byline and paragraphs separated by
     * blank lines. The same document always gives the same text, so importing it twice finds the first article.
     */
    static String asText(ParsedArticle article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.title());
        if (article.byline() != null) {
            parts.add(article.byline());
        }
        article.blocks().forEach(block -> parts.add(block.text()));
        return String.join("\n\n", parts);
    }

    /** The last block becomes boilerplate when it is the "The post … appeared first on …" footer. */
    static List<ParsedBlock> markFooter(List<ParsedBlock> blocks) {
        if (blocks.isEmpty() || !Footers.isFooter(blocks.getLast().text())) {
            return blocks;
        }
        List<ParsedBlock> marked = new ArrayList<>(blocks);
        marked.set(
                marked.size() - 1,
                new ParsedBlock(ParagraphKind.BOILERPLATE, blocks.getLast().text()));
        return marked;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
