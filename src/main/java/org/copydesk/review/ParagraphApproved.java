package org.copydesk.review;

import java.time.Instant;

/** Published when a reviewer approved a paragraph; {@code editor} wrote the approved revision. */
public record ParagraphApproved(
        long articleId, long paragraphId, int position, int revision, String reviewer, String editor, Instant at) {}
