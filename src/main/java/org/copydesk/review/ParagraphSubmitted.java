package org.copydesk.review;

import java.time.Instant;

/** Published when a paragraph was submitted for review, inside the submitting transaction. */
public record ParagraphSubmitted(long articleId, long paragraphId, int position, int revision, String by, Instant at) {}
