package org.copydesk.comment;

import java.time.Instant;
import java.util.Set;

/**
 * Published when a comment was posted or edited; {@code mentioned} holds the accounts newly named in it with
 * {@code @username}. {@code position} counts from 1.
 */
public record CommentPosted(
        long commentId,
        long articleId,
        long paragraphId,
        int position,
        String author,
        String text,
        Set<String> mentioned,
        Instant at) {}
