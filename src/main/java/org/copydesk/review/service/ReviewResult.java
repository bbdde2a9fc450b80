package org.copydesk.review.service;

import java.util.List;
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

    /**
     * Findings on the paragraph's text (QA errors) hold it back from review; {@code findings} names them. A reviewer
     * may submit anyway with a reason. Answered as 422.
     */
    record Blocked(List<String> findings) implements ReviewResult {

        public Blocked {
            findings = List.copyOf(findings);
        }

        public String reason() {
            return "Held back by findings: " + String.join(" ", findings);
        }
    }
}
