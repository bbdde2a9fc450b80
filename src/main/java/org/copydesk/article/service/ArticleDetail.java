package org.copydesk.article.service;

import java.time.Instant;
import java.util.List;
import org.copydesk.article.ArticleStatus;
import org.jspecify.annotations.Nullable;

/** An article with all its paragraphs in order; {@code format} is {@code plain_text} or {@code markdown}. */
public record ArticleDetail(
        long id,
        String title,
        @Nullable String byline,
        ArticleStatus status,
        String sourceLanguage,
        String targetLanguage,
        String format,
        String importedBy,
        Instant importedAt,
        List<ParagraphRow> paragraphs) {}
