package org.copydesk.article.domain;

import java.time.Instant;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;

/** How many paragraphs of one article have a kind and status, and when the latest of them changed. */
public record ParagraphCount(
        long articleId, ParagraphKind kind, ParagraphStatus status, long count, Instant lastChange) {}
