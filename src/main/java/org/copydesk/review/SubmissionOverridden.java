package org.copydesk.review;

import java.time.Instant;
import java.util.List;

/**
 * Published, beside {@link ParagraphSubmitted}, when a reviewer submitted a paragraph that findings held back:
 * which findings were overridden and why. Inside the submitting transaction.
 */
public record SubmissionOverridden(
        long articleId,
        long paragraphId,
        int position,
        int revision,
        String by,
        List<String> findings,
        String reason,
        Instant at) {}
