package org.copydesk.article.service;

import java.time.Instant;
import java.util.List;
import org.copydesk.article.domain.ArticleStatus;
import org.copydesk.article.reader.ArticleFormat;
import org.jspecify.annotations.Nullable;

/** An article with all its paragraphs in order. */
public record ArticleDetail(
        long id,
        String title,
        @Nullable String byline,
        ArticleStatus status,
        String sourceLanguage,
        String targetLanguage,
        ArticleFormat format,
        String importedBy,
        Instant importedAt,
        List<ParagraphRow> paragraphs) {}
