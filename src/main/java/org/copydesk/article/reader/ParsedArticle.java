package org.copydesk.article.reader;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article as read from a file: the title, the byline when the file has one, and the paragraphs in order.
 * The title is empty only when a reader found nothing to use as one; {@link ArticleReaders} rejects that.
 */
public record ParsedArticle(String title, @Nullable String byline, List<ParsedBlock> blocks) {
    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
