package org.copydesk.review.service;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Which submitted paragraphs the queue shows: of one article, by one editor (author of the latest revision),
 * submitted at least {@code minimumAge} ago; null means any.
 */
public record ReviewQueueFilter(
        @Nullable Long articleId,
        @Nullable String editor,
        @Nullable Duration minimumAge) {

    public static final ReviewQueueFilter ALL = new ReviewQueueFilter(null, null, null);
}
