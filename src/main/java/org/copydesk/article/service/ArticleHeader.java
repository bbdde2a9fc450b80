package org.copydesk.article.service;

import java.time.Instant;
import org.copydesk.article.ArticleStatus;
import org.jspecify.annotations.Nullable;

/**
 * An article without its paragraphs, with the same fields as {@link ArticleDetail}; for readers that fetch the
 * paragraphs page by page ({@link ArticleQueryService#paragraphsAfter}) instead of all at once.
 */
public record ArticleHeader(
        long id,
        String title,
        @Nullable String byline,
        ArticleStatus status,
        String sourceLanguage,
        String targetLanguage,
        String format,
        String importedBy,
        Instant importedAt) {}
