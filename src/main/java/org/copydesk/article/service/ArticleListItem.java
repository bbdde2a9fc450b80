package org.copydesk.article.service;

import java.time.Instant;
import org.copydesk.article.ArticleStatus;

/**
 * One row of the article list. {@code editedCount} counts paragraphs that were changed but are not approved yet
 * (edited, submitted or sent back); with {@code approvedCount} and {@code untouchedCount} it adds up to
 * {@code paragraphCount}.
 */
public record ArticleListItem(
        long id,
        String title,
        ArticleStatus status,
        int paragraphCount,
        int editedCount,
        int approvedCount,
        int untouchedCount,
        Instant updatedAt) {}
