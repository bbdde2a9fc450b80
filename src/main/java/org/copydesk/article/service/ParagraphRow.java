package org.copydesk.article.service;

import java.time.Instant;
import org.copydesk.article.ParagraphKind;
import org.copydesk.article.ParagraphStatus;
import org.copydesk.article.domain.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * A paragraph as the workspace and the API show it; {@code revision} is the number of its newest revision, and
 * {@code headingLevel} a heading's level (1 to 6) when its format gave one.
 */
public record ParagraphRow(
        long id,
        long articleId,
        int position,
        ParagraphKind kind,
        @Nullable Integer headingLevel,
        String sourceText,
        String correctedText,
        ParagraphStatus status,
        int revision,
        Instant updatedAt,
        String updatedBy) {

    public static ParagraphRow of(Paragraph p) {
        return new ParagraphRow(
                p.getId(),
                p.getArticleId(),
                p.getPosition(),
                p.getKind(),
                p.getHeadingLevel(),
                p.getSourceText(),
                p.getCorrectedText(),
                p.getStatus(),
                p.getRevision(),
                p.getUpdatedAt(),
                p.getUpdatedBy());
    }
}
