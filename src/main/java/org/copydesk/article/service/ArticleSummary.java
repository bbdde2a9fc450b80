package org.copydesk.article.service;

import org.copydesk.article.ArticleStatus;
import org.jspecify.annotations.Nullable;

/**
 * An article's heading figures without its paragraphs: what a screen shows above a list of thousands of rows.
 * {@code work} counts body and heading paragraphs (boilerplate is no work), {@code needingWork} those of them not
 * yet fixed or sent back by a reviewer.
 */
public record ArticleSummary(
        long id,
        String title,
        @Nullable String byline,
        ArticleStatus status,
        int paragraphCount,
        int work,
        int needingWork,
        int edited,
        int approved) {}
