package org.copydesk.article.service;

import java.time.Instant;
import org.copydesk.article.ArticleStatus;
import org.jspecify.annotations.Nullable;

/**
 * One row of the article list. {@code editedCount} counts paragraphs that were changed but are not approved yet
 * (edited, submitted or sent back); with {@code approvedCount} and {@code untouchedCount} it adds up to
 * {@code paragraphCount}. {@code spinResidue} is the share of detected spun spans still present (0 to 1), null until
 * the unspin assistant has measured the article.
 */
public record ArticleListItem(
        long id,
        String title,
        ArticleStatus status,
        int paragraphCount,
        int editedCount,
        int approvedCount,
        int untouchedCount,
        Instant updatedAt,
        @Nullable Double spinResidue) {}
