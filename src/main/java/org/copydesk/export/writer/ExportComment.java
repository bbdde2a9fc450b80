package org.copydesk.export.writer;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a paragraph as exports see it. {@code replyTo} names the comment that opens its thread (null for
 * that first comment); {@code resolved} says whether the thread is resolved, for every comment in it, while
 * {@code resolvedBy} and {@code resolvedAt} are set on the first comment only.
 */
public record ExportComment(
        long id,
        @Nullable Long replyTo,
        String author,
        String text,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean resolved,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt) {

    public ExportComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
