package org.copydesk.review.service;

import java.time.Instant;
import java.util.List;
import org.copydesk.editing.diff.DiffSegment;
import org.jspecify.annotations.Nullable;

/**
 * A submitted paragraph in the review queue, with its word diff against the source text and, when it was approved
 * before, against the last approved text. {@code position} counts from 1.
 */
public record ReviewQueueItem(
        long paragraphId,
        long articleId,
        String articleTitle,
        int position,
        String sourceText,
        String correctedText,
        int revision,
        String latestAuthor,
        Instant submittedAt,
        String submittedBy,
        @Nullable String approvedText,
        List<DiffSegment> diffAgainstSource,
        @Nullable List<DiffSegment> diffAgainstApproved) {}
