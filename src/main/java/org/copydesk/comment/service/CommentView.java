package org.copydesk.comment.service;

import java.time.Instant;
import org.copydesk.comment.domain.Comment;
import org.jspecify.annotations.Nullable;

/** A comment as the thread shows it; {@code text} is plain text, never markup. */
public record CommentView(
        long id,
        long paragraphId,
        @Nullable Long parentId,
        String author,
        String text,
        Instant createdAt,
        @Nullable Instant editedAt,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedBy) {

    static CommentView of(Comment c) {
        return new CommentView(
                c.getId(),
                c.getParagraphId(),
                c.getParentId(),
                c.getAuthor(),
                c.getText(),
                c.getCreatedAt(),
                c.getEditedAt(),
                c.getResolvedAt(),
                c.getResolvedBy());
    }
}
