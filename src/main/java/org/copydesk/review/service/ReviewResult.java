package org.copydesk.review.service;

import org.copydesk.article.service.ParagraphRow;

/** The outcome of one review step on one paragraph. */
public sealed interface ReviewResult {

    /** The step was taken; {@code paragraph} is the paragraph as it now stands. */
    record Done(ParagraphRow paragraph) implements ReviewResult {}

    /** A rule forbids this person the step (four eyes); {@code reason} says which. Answered as 403. */
    record NotAllowed(String reason) implements ReviewResult {}

    /** The paragraph's status does not allow the step (approving an approved paragraph). Answered as 409. */
    record WrongStatus(String reason) implements ReviewResult {}

    /** The request itself is unusable (a comment over 2,000 characters). */
    record Invalid(String reason) implements ReviewResult {}

    record NotFound(long paragraphId) implements ReviewResult {}
}
