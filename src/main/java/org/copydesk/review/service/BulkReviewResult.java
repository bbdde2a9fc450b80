package org.copydesk.review.service;

import java.util.List;

/** The outcome of submitting or approving an article's paragraphs at once. */
public sealed interface BulkReviewResult {

    /** {@code done}: the ids of the paragraphs moved; {@code skipped}: the ones left as they were, and why. */
    record Done(List<Long> done, List<Skipped> skipped) implements BulkReviewResult {}

    record NotFound(long articleId) implements BulkReviewResult {}

    /** A paragraph left out; {@code position} counts from 1, as the workspace shows it. */
    record Skipped(long paragraphId, int position, String reason) {}
}
